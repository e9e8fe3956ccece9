package se.delaktig.store.retention;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcCaseErasureTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcCaseErasurePostgreSqlTest extends JdbcCaseErasureTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
