package id.ppu.dukcapil.support;

import id.ppu.dukcapil.base.DatabaseBootstrap;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test run a PostgreSQL database of its own on the real server: named once per JVM,
 * created by the application's own bootstrap on first use, and dropped when the run ends.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String SERVER = System.getProperty("test.db.server", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String NAME =
            "dukcapil_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
    public static final String URL = SERVER + NAME;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("DB_URL", URL);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        DatabaseBootstrap.dropDatabase(URL, "postgres", "");
    }
}
