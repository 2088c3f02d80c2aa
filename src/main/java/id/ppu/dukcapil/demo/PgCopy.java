package id.ppu.dukcapil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** PostgreSQL's COPY FROM STDIN through the driver's {@link CopyManager}, for bulk loads. */
final class PgCopy {

    private final CopyManager copyManager;

    PgCopy(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Runs {@code sql} (a COPY ... FROM STDIN) with {@code rows} as its input; returns the row count. */
    long copyIn(String sql, InputStream rows) throws SQLException, IOException {
        return copyManager.copyIn(sql, rows);
    }
}
