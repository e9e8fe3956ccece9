package se.delaktig.store.statistics;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcStatisticsStoreTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcStatisticsStorePostgreSqlTest extends JdbcStatisticsStoreTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }

    /**
     * PostgreSQL's driver honours the fetch size only outside auto-commit; otherwise it reads the whole
     * result before the first row. While the consumer holds the first response, the streaming session
     * must still be inside its read (idle in transaction, the rest not yet fetched).
     */
    @org.junit.jupiter.api.Test
    void theStatisticsStreamIsACursorNotTheWholeTableInMemory() throws Exception {
        manySentResponsesStreamInOrderAcrossFetchBatches();
        java.util.List<String> states = new java.util.ArrayList<>();
        source.forEachSubmitted(r -> {
            if (states.isEmpty()) {
                try {
                    states.addAll(db.withConnection(c -> {
                        java.util.List<String> s = new java.util.ArrayList<>();
                        try (var q = c.prepareStatement("SELECT state FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                                + " AND backend_type = 'client backend' AND state <> 'idle'");
                             var rs = q.executeQuery()) {
                            while (rs.next()) {
                                s.add(rs.getString(1));
                            }
                        }
                        return s;
                    }));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("idle in transaction"), states);
    }
}
