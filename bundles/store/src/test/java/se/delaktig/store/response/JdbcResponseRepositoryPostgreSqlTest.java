package se.delaktig.store.response;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcResponseRepositoryTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcResponseRepositoryPostgreSqlTest extends JdbcResponseRepositoryTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
