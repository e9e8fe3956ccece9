package se.delaktig.store.db;

import java.nio.file.Path;
import java.time.Clock;
import se.delaktig.store.questionnaire.JdbcQuestionnaireArchive;

/** Run in a child JVM by {@link StoreDatabaseTest}: archives one definition, then dies without closing anything. */
public final class CrashAfterArchive {
    private CrashAfterArchive() {
    }

    public static void main(String[] args) throws Exception {
        StoreDatabase db = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.file(Path.of(args[0])),
                TestDatabases.bundleMigrations());
        new JdbcQuestionnaireArchive(db, Clock.systemUTC()).archive("crash", "1", args[1], "test");
        System.out.println("ACKNOWLEDGED");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }
}
