package se.delaktig.store.operations;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcOperationalFiguresTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcOperationalFiguresPostgreSqlTest extends JdbcOperationalFiguresTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
