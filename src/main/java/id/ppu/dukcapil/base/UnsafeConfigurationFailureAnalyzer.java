package id.ppu.dukcapil.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused setting into the one sentence of its exception instead of a stack trace. */
public class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), null);
    }
}
