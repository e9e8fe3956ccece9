package se.delaktig.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on one connection. */
@FunctionalInterface
public interface SqlWork<T> {
    /**
     * @param connection a connection owned by the caller for the duration of the call
     * @return the work's result
     * @throws SQLException to roll back (in a transaction)
     */
    T run(Connection connection) throws SQLException;
}
