package id.ppu.dukcapil.base;

/** The configured PostgreSQL server could not be reached or refused to create the database. */
public class DatabaseUnavailableException extends RuntimeException {

    private final String location;

    public DatabaseUnavailableException(String location, Throwable cause) {
        super("Cannot reach PostgreSQL at " + location + ": " + cause.getMessage(), cause);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
