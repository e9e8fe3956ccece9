package se.delaktig.statistics.figures;

import java.util.List;
import java.util.Map;
import se.delaktig.statistics.publish.PublishedTable;

/**
 * The pooled total of this municipality's export and the imported files of others.
 *
 * @param ownId   this municipality's code (its row in the pooled tables)
 * @param ownName its name
 * @param others  how many other municipalities are in the pool
 * @param tables  per window code, the pooled tables ({@code PooledTotal.of})
 */
public record Pool(String ownId, String ownName, int others, Map<String, List<PublishedTable>> tables) {
    /** Copies the map. */
    public Pool {
        tables = Map.copyOf(tables);
    }

    /** @param ownId code @param ownName name @return a pool with nobody else in it */
    public static Pool empty(String ownId, String ownName) {
        return new Pool(ownId, ownName, 0, Map.of());
    }

    /** @param window a window code @return its pooled tables, possibly none */
    public List<PublishedTable> tables(String window) {
        return tables.getOrDefault(window, List.of());
    }
}
