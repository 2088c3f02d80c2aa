package id.ppu.dukcapil.demo;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's COPY FROM STDIN through the driver's {@code CopyManager}
 * ({@code conn.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in)}). The driver is a
 * runtime-only dependency of the build, so it is reached by reflection rather than compiled
 * against; the two lookups happen once per run, not per row.
 */
final class PgCopy {

    private final Object copyManager;
    private final Method copyIn;

    PgCopy(Connection connection) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Object pg = connection.unwrap(pgConnection);
            this.copyManager = pgConnection.getMethod("getCopyAPI").invoke(pg);
            this.copyIn = copyManager.getClass().getMethod("copyIn", String.class, InputStream.class);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new SQLException("Demo data needs the PostgreSQL JDBC driver's COPY API", e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    /** Runs {@code sql} (a COPY ... FROM STDIN) with {@code rows} as its input; returns the row count. */
    long copyIn(String sql, InputStream rows) throws SQLException, IOException {
        try {
            return (long) copyIn.invoke(copyManager, sql, rows);
        } catch (IllegalAccessException e) {
            throw new SQLException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw rethrow(e);
        }
    }

    private static SQLException rethrow(InvocationTargetException e) {
        if (e.getCause() instanceof SQLException sql) {
            return sql;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new SQLException(e.getCause());
    }
}
