package se.delaktig.store.questionnaire;

import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreDatabase;

/** {@link JdbcQuestionnaireArchiveTest}, every test again on a fresh PostgreSQL database. */
@PostgreSql.Test
class JdbcQuestionnaireArchivePostgreSqlTest extends JdbcQuestionnaireArchiveTest {
    @Override
    StoreDatabase openDatabase() throws Exception {
        return PostgreSql.open();
    }
}
