package se.delaktig.store.result;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcResultRepositoryTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcResultRepositoryPostgreSqlTest extends JdbcResultRepositoryTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
