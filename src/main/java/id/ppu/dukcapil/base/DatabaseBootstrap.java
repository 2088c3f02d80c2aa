package id.ppu.dukcapil.base;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes sure the configured PostgreSQL database exists before the data source starts, creating
 * it through the server's maintenance database when missing. An unreachable server becomes a
 * {@link DatabaseUnavailableException}, reported as one sentence by {@link DatabaseFailureAnalyzer}.
 */
public class DatabaseBootstrap implements EnvironmentPostProcessor {

    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !env.getProperty("app.database.create-if-missing", Boolean.class, true)) {
            return;
        }
        ensureDatabase(
                url,
                env.getProperty("spring.datasource.username", "postgres"),
                env.getProperty("spring.datasource.password", ""));
    }

    /** Creates the database named in {@code url} if the server does not have it yet. */
    public static void ensureDatabase(String url, String user, String password) {
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            return; // not a plain PostgreSQL URL we understand: leave it to the driver
        }
        String database = m.group(2);
        String maintenanceUrl =
                "jdbc:postgresql://" + m.group(1) + "/postgres" + (m.group(3) == null ? "" : m.group(3));
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(maintenanceUrl, props)) {
            if (!exists(c, database)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(describe(url), e);
        }
    }

    /** Drops a database (used by tests for the database they created). */
    public static void dropDatabase(String url, String user, String password) {
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Unsupported URL " + url);
        }
        String maintenanceUrl = "jdbc:postgresql://" + m.group(1) + "/postgres";
        try (Connection c = DriverManager.getConnection(maintenanceUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists \"" + m.group(2) + "\" with (force)");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(describe(url), e);
        }
    }

    private static boolean exists(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String describe(String url) {
        try {
            URI uri = URI.create(url.substring("jdbc:".length()));
            return uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + uri.getPath();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
