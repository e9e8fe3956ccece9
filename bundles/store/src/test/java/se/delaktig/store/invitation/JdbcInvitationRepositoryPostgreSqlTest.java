package se.delaktig.store.invitation;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcInvitationRepositoryTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcInvitationRepositoryPostgreSqlTest extends JdbcInvitationRepositoryTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
