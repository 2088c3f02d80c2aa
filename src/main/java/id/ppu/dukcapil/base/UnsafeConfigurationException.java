package id.ppu.dukcapil.base;

/**
 * A setting that would leave a door open in a real deployment (a development default, a missing
 * secret): the application refuses to start, and {@link UnsafeConfigurationFailureAnalyzer}
 * reports it as one sentence and what to do.
 */
public class UnsafeConfigurationException extends RuntimeException {

    private final String action;

    /**
     * @param problem one sentence naming the settings (environment variables) at fault
     * @param action  what the operator should do
     */
    public UnsafeConfigurationException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
