package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import se.delaktig.store.db.PostgreSqlCluster;
import se.delaktig.store.db.StoreSettings;

/**
 * The real features on PostgreSQL inside Felix: a throwaway PostgreSQL cluster (the store tests'
 * {@link PostgreSqlCluster}: initdb + pg_ctl on a free port, as the {@code postgres} user under root) is
 * started before the framework, with a database owned by a non-superuser role; the demo features boot
 * with {@code delaktig-postgresql.json} layered after them, its {@code $[prop:…]} framework properties
 * pointing at that database, and the password in {@code se.delaktig.store.cfg} in the configuration folder,
 * as the admin guide tells an administrator. Proven: the store's health check is OK at the newest migration,
 * the plugin's tables are in PostgreSQL (read with JDBC from the test), and a child's answers given in the
 * portal to an in-person invitation are rows in PostgreSQL and in the caseworker's result REST.
 *
 * <p>Without PostgreSQL's server binaries this fails, saying what to install; {@code -Dstore.postgresql=skip}
 * (the store tests' switch) skips it without booting anything.
 */
@RunWith(PostgreSqlFeatureIT.WithCluster.class)
@ExamReactorStrategy(PerClass.class)
public class PostgreSqlFeatureIT {

    private static final String PORTAL = "/delaktig/portal";
    private static final String STORE_PID = "se.delaktig.store";
    private static final String POSTGRESQL_DRIVER_FILTER = "(osgi.jdbc.driver.class=org.postgresql.Driver)";
    private static final Pattern CASE = Pattern.compile("href=\"/host/cases/([^\"]+)\"");
    private static final Pattern START = Pattern.compile("class=\"button primary\" href=\"([^\"]+)\"");
    private static final Pattern FIRST_CHOICE = Pattern.compile("name=\"choice\" value=\"([^\"]+)\"");
    private static final Pattern MIGRATION = Pattern.compile("V(\\d{3})");

    @Inject
    private BundleContext context;

    /** Outside the framework, before it starts (Pax Exam calls this while preparing the reactor). */
    @Configuration
    public Option[] configuration() {
        if (skipped()) {
            return new Option[0]; // never started: WithCluster reports the tests as skipped
        }
        StoreSettings database = Cluster.start();
        Map<String, String> properties = Map.of("delaktig.store.jdbc.url", database.jdbcUrl(),
                "delaktig.store.user", database.user());
        // As an administrator writes it (admin guide, "Running on PostgreSQL", step 3): the whole PID.
        String cfg = "jdbc.url=" + database.jdbcUrl() + "\n"
                + "user=" + database.user() + "\n"
                + ".password=" + database.password() + "\n"
                + "max.connections=10\n"
                + "dataSourceFactory.target=" + POSTGRESQL_DRIVER_FILTER + "\n";
        return ExamOptions.demo("postgresql-feature", List.of("delaktig-postgresql.json"), properties,
                Map.of(STORE_PID + ".cfg", cfg));
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
        HttpClientSession anonymous = new HttpClientSession(context);
        FrameworkReady.waitFor("the portal", () -> anonymous.status(PORTAL + "/") == 200);
    }

    @Test
    public void theStoreRunsOnPostgreSqlWithItsTablesAndAHealthyCheck() throws Exception {
        Dictionary<String, Object> store = storeConfiguration();
        assertNotNull("the administrator's file is what ConfigAdmin holds: " + store,
                store.get("felix.fileinstall.filename"));
        assertEquals(context.getProperty("delaktig.store.jdbc.url"), store.get("jdbc.url"));
        assertEquals(POSTGRESQL_DRIVER_FILTER, store.get("dataSourceFactory.target"));

        String[] check = new String[1];
        FrameworkReady.waitFor("the health check store.database to be OK", () -> {
            check[0] = databaseCheck();
            return check[0].startsWith("OK");
        });
        assertTrue("the store never opened its embedded H2 file", java.nio.file.Files.notExists(
                java.nio.file.Path.of(context.getProperty("delaktig.data.dir"), "plugin", "delaktig.mv.db")));
        Matcher migration = MIGRATION.matcher(check[0]);
        assertTrue("the check names the schema version: " + check[0], migration.find());

        try (Connection c = postgreSql()) {
            assertTrue(c.getMetaData().getDatabaseProductName(), c.getMetaData().getDatabaseProductName()
                    .equals("PostgreSQL"));
            assertEquals("the schema version the check reports is PostgreSQL's", Integer.parseInt(migration.group(1)),
                    single(c, "SELECT MAX(version) FROM delaktig_schema_version"));
            Set<String> tables = new TreeSet<>();
            Set<String> owners = new TreeSet<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'delaktig%'");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    owners.add(rs.getString(2));
                }
            }
            assertTrue(tables.toString(), tables.containsAll(List.of("delaktig_schema_version",
                    "delaktig_questionnaire_archive", "delaktig_invitation", "delaktig_response",
                    "delaktig_response_answer", "delaktig_portal_session", "delaktig_result_filing",
                    "delaktig_statistics_response_facts")));
            assertEquals("created by the plugin's role, no superuser", Set.of(store.get("user")), owners);
            assertTrue("the questionnaires are archived in PostgreSQL",
                    single(c, "SELECT COUNT(*) FROM delaktig_questionnaire_archive") > 0);
        }
    }

    @Test
    public void aChildsAnswersToAnInPersonInvitationAreInPostgreSqlAndInTheCaseworkersResults() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        Matcher cases = CASE.matcher(anna.get("/host/").body());
        assertTrue("anna has cases", cases.find());
        String caseId = cases.group(1);
        HttpClientSession.Response created = anna.postRaw("/delaktig/api/cases/" + caseId + "/invitations",
                "application/json", "{\"channelId\":\"print\",\"language\":\"sv\",\"idempotencyKey\":\""
                        + UUID.randomUUID() + "\"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode invitation = new ObjectMapper().readTree(created.body());
        String invitationId = invitation.path("invitation").path("id").asText();
        String code = invitation.path("handOver").path("shortCode").asText();
        assertTrue(created.body(), !invitationId.isEmpty() && !code.isEmpty());

        HttpClientSession child = new HttpClientSession(context);
        assertEquals("a clean URL", PORTAL + "/intro", path(child.post(PORTAL + "/", Map.of("code", code, "lang", "sv"))));
        Matcher start = START.matcher(child.get(PORTAL + "/intro").body());
        assertTrue("the intro has a start button", start.find());
        String page = start.group(1);
        int answered = 0;
        for (int steps = 0; !page.startsWith(PORTAL + "/review"); steps++) {
            assertTrue("too many steps", steps < 200);
            HttpClientSession.Response got = child.get(page);
            assertEquals(page + ": " + got.body(), 200, got.status());
            Map<String, String> form = new HashMap<>();
            form.put("csrf", HttpClientSession.csrf(got.body()));
            form.put("rev", "0");
            form.put("action", "next");
            Matcher choice = FIRST_CHOICE.matcher(got.body());
            if (choice.find()) {
                form.put("choice", choice.group(1));
                answered++;
            }
            HttpClientSession.Response posted = child.post(page.replaceFirst("\\?.*$", ""), form);
            assertEquals(posted.body(), 303, posted.status());
            page = path(posted);
            if (page.startsWith(PORTAL + "/help/")) {
                Matcher next = START.matcher(child.get(page).body());
                assertTrue(next.find());
                page = next.group(1);
            }
        }
        assertTrue("answered " + answered, answered >= 3);
        HttpClientSession.Response review = child.get(PORTAL + "/review");
        assertEquals(200, review.status());
        HttpClientSession.Response sent = child.post(PORTAL + "/send", Map.of("csrf", HttpClientSession.csrf(review.body())));
        assertEquals(sent.body(), 303, sent.status());
        assertTrue(path(sent).startsWith(PORTAL + "/thanks"));

        String responseId;
        List<String> storedLinkIds = new ArrayList<>();
        try (Connection c = postgreSql()) {
            try (PreparedStatement q = c.prepareStatement("SELECT response_id FROM delaktig_response "
                    + "WHERE invitation_id = ? AND submitted_at IS NOT NULL")) {
                q.setString(1, invitationId);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue("the sent response is a row in PostgreSQL", rs.next());
                    responseId = rs.getString(1);
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT link_id FROM delaktig_response_answer "
                    + "WHERE response_id = ? AND NOT declined ORDER BY first_seq")) {
                q.setString(1, responseId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        storedLinkIds.add(rs.getString(1));
                    }
                }
            }
        }
        assertEquals("every answer the child chose is a row in PostgreSQL: " + storedLinkIds, answered,
                storedLinkIds.size());

        HttpClientSession.Response results = anna.getJson("/delaktig/api/cases/" + caseId + "/results");
        assertEquals(results.body(), 200, results.status());
        JsonNode mine = null;
        for (JsonNode response : new ObjectMapper().readTree(results.body())) {
            if (response.path("id").asText().equals(responseId)) {
                mine = response;
            }
        }
        assertNotNull("the caseworker's results show response " + responseId + ": " + results.body(), mine);
        Set<String> shownLinkIds = new TreeSet<>();
        mine.path("answers").forEach(a -> shownLinkIds.add(a.path("linkId").asText()));
        assertTrue("the rows shown are PostgreSQL's: " + shownLinkIds + " vs " + storedLinkIds,
                shownLinkIds.containsAll(storedLinkIds));
    }

    private Dictionary<String, Object> storeConfiguration() throws Exception {
        ConfigurationAdmin admin = FrameworkReady.service(context, ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration[] found = admin.listConfigurations("(service.pid=" + STORE_PID + ")");
        assertTrue("a configuration " + STORE_PID, found != null && found.length == 1);
        return found[0].getProperties();
    }

    /** The database the store was given, reached with PostgreSQL's JDBC driver and the role's password. */
    private Connection postgreSql() throws Exception {
        Dictionary<String, Object> store = storeConfiguration();
        Properties login = new Properties();
        login.setProperty("user", String.valueOf(store.get("user")));
        login.setProperty("password", String.valueOf(store.get(".password")));
        login.setProperty("connectTimeout", "10");
        login.setProperty("socketTimeout", "30");
        Connection c = new org.postgresql.Driver().connect(String.valueOf(store.get("jdbc.url")), login);
        assertNotNull("the driver takes " + store.get("jdbc.url"), c);
        return c;
    }

    /** @return "STATUS: message" of the check store.database in the administrator's status report */
    private String databaseCheck() {
        try {
            HttpClientSession.Response status = new HttpClientSession(context).signIn("admin").getJson("/delaktig/api/status");
            if (status.status() != 200) {
                return "HTTP " + status.status();
            }
            for (JsonNode c : new ObjectMapper().readTree(status.body()).path("checks")) {
                if (c.path("name").asText().equals("store.database")) {
                    return c.path("status").asText() + ": " + c.path("message").asText();
                }
            }
            return "no check store.database";
        } catch (Exception | AssertionError e) {
            return "failed: " + e;
        }
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            assertTrue(sql, rs.next());
            return rs.getInt(1);
        }
    }

    private static String path(HttpClientSession.Response r) {
        String location = r.header("Location");
        assertNotNull("a redirect: " + r.status() + " " + r.body(), location);
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static boolean skipped() {
        return "skip".equalsIgnoreCase(System.getProperty(Cluster.SKIP_PROPERTY, ""));
    }

    /**
     * Pax Exam's runner, and the cluster's end: Pax Exam runs {@code @BeforeClass} and {@code @AfterClass} inside
     * the framework (once per test), where the cluster is not, so the cluster is stopped here, outside, once the
     * class has run and before the JVM goes on to the next test class. With {@code -Dstore.postgresql=skip} no
     * framework boots and the tests are reported as skipped.
     */
    public static final class WithCluster extends PaxExam {
        public WithCluster(Class<?> testClass) throws InitializationError {
            super(testClass);
        }

        @Override
        public void run(RunNotifier notifier) {
            if (skipped()) {
                getDescription().getChildren().forEach(notifier::fireTestIgnored);
                return;
            }
            try {
                super.run(notifier);
            } finally {
                Cluster.stop();
            }
        }
    }

    /**
     * The cluster, outside the framework only (its classes are not in the probe): started once before the framework,
     * stopped by {@link WithCluster} after the class and, should that never happen, by the shutdown hook
     * {@link PostgreSqlCluster} registers (pg_ctl stop, then the postmaster killed by its pid; every wait has a
     * deadline).
     */
    private static final class Cluster {
        static final String SKIP_PROPERTY = "store.postgresql";
        private static PostgreSqlCluster cluster;
        private static StoreSettings database;

        static synchronized StoreSettings start() {
            if (database == null) {
                try {
                    cluster = PostgreSqlCluster.start();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("PostgreSqlFeatureIT cannot start its PostgreSQL cluster: "
                            + e.getMessage(), e);
                }
                System.out.println("PostgreSqlFeatureIT: " + cluster.version() + " at " + cluster.url(""));
                database = cluster.newDatabase(10);
            }
            return database;
        }

        static synchronized void stop() {
            if (cluster != null) {
                cluster.close();
                cluster = null;
                database = null;
            }
        }
    }
}
