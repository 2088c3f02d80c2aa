package id.ppu.dukcapil.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database into one clear sentence instead of a stack trace. */
public class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        return new FailureAnalysis(
                "PostgreSQL could not be reached at " + cause.location() + " ("
                        + cause.getCause().getMessage() + ").",
                "Start PostgreSQL there, or point the app elsewhere with DB_URL (e.g. "
                        + "jdbc:postgresql://host:5432/dukcapil), DB_USER and DB_PASSWORD.",
                null);
    }
}
