package se.delaktig.store.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The effective database settings, resolved from {@link StoreConfiguration} and the data folder.
 *
 * @param jdbcUrl        the URL handed to the DataSourceFactory
 * @param user           database user
 * @param password       database password
 * @param maxConnections pool size
 * @param ownedH2File    the default embedded H2 file: nobody else uses it, so the store shuts it down
 *                       on deactivation and forces every commit to the disk
 */
public record StoreSettings(String jdbcUrl, String user, String password, int maxConnections, boolean ownedH2File) {
    /** Framework property naming the data folder shared with the host's demo. */
    public static final String DATA_DIR_PROPERTY = "delaktig.data.dir";
    static final String DEFAULT_DATA_DIR = "./delaktig-data";

    /** Checks the values an administrator could get wrong. */
    public StoreSettings {
        if (maxConnections < 2) {
            throw new IllegalArgumentException(StoreConfiguration.PID + ": max.connections must be at least 2 "
                    + "(a migration holds one connection for its lock), not " + maxConnections);
        }
        String lower = jdbcUrl.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.startsWith("jdbc:h2:") && lower.contains("auto_server=true")) {
            throw new IllegalArgumentException(StoreConfiguration.PID + ": AUTO_SERVER would open an H2 TCP "
                    + "server; the plugin's database is not served to the network");
        }
    }

    /**
     * @param config  the component's configuration
     * @param dataDir the framework property {@value #DATA_DIR_PROPERTY}, or null
     * @return the settings to open the database with
     */
    public static StoreSettings of(StoreConfiguration config, String dataDir) {
        String configured = config.jdbc_url();
        boolean useDefault = configured == null || configured.isBlank();
        String url = useDefault ? defaultUrl(dataDir) : configured.trim();
        checkDriver(url, useDefault, config.dataSourceFactory_target());
        return new StoreSettings(url, config.user() == null ? "" : config.user(),
                config._password() == null ? "" : config._password(), config.max_connections(), useDefault);
    }

    /**
     * The URL and the chosen driver must agree: the H2 URLs (the default one included) need H2's
     * DataSourceFactory, another driver needs its own URL. Caught here, the mistake gets a message
     * naming both keys instead of the driver's complaint about a URL it does not understand.
     */
    private static void checkDriver(String url, boolean defaultUrl, String target) {
        boolean h2Target = target == null || target.isBlank() || target.contains("org.h2.Driver");
        boolean h2Url = url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
        if (h2Url && !h2Target) {
            throw new IllegalArgumentException(StoreConfiguration.PID + ": dataSourceFactory.target " + target
                    + " chooses another driver than H2, but jdbc.url is " + (defaultUrl
                    ? "empty (the embedded H2 file); set jdbc.url, e.g. jdbc:postgresql://db.example.org:5432/delaktig"
                    : "an H2 URL"));
        }
        if (!h2Url && h2Target) {
            throw new IllegalArgumentException(StoreConfiguration.PID + ": jdbc.url " + url.replaceAll(
                    "(?i)(password=)[^;&]*", "$1***") + " is not an H2 URL, but dataSourceFactory.target chooses "
                    + "H2's driver; set dataSourceFactory.target, e.g. (osgi.jdbc.driver.class=org.postgresql.Driver)");
        }
    }

    /**
     * The embedded H2 file. DB_CLOSE_DELAY=-1 keeps it open between connections; WRITE_DELAY=0 has
     * H2 write every commit to the file before the commit returns (the default, 500 ms, would lose
     * the last half second of acknowledged answers in a crash).
     */
    static String defaultUrl(String dataDir) {
        String base = dataDir == null || dataDir.isBlank() ? DEFAULT_DATA_DIR : dataDir.trim();
        Path file = Path.of(base).resolve("plugin").resolve("delaktig").toAbsolutePath().normalize();
        if (file.toString().contains(";")) {
            throw new IllegalArgumentException(DATA_DIR_PROPERTY + " must not contain ';': " + base);
        }
        // retry: reopens the file when a thread is interrupted mid-write (else H2 closes the database for everyone)
        return "jdbc:h2:retry:" + file + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
    }

    /** The properties for {@link DataSourceFactory#createConnectionPoolDataSource}: no pooling options. */
    Properties connectionProperties() {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, jdbcUrl);
        props.setProperty(DataSourceFactory.JDBC_USER, user);
        props.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        return props;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "StoreSettings[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxConnections=" + maxConnections
                + ", ownedH2File=" + ownedH2File + "]";
    }
}
