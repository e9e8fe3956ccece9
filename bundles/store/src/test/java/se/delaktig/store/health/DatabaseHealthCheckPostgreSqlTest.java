package se.delaktig.store.health;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link DatabaseHealthCheckTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class DatabaseHealthCheckPostgreSqlTest extends DatabaseHealthCheckTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
