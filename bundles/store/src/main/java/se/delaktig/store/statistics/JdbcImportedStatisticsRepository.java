package se.delaktig.store.statistics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.statistics.ImportedFile;
import se.delaktig.api.statistics.ImportedStatisticsRepository;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** Imported statistics files on table {@code delaktig_statistics_import} (migration V004). */
@Component(service = ImportedStatisticsRepository.class)
public class JdbcImportedStatisticsRepository implements ImportedStatisticsRepository {

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcImportedStatisticsRepository(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public boolean save(ImportedFile file) {
        try {
            return db.inTransaction(c -> {
                int removed;
                try (PreparedStatement d = c.prepareStatement(
                        "DELETE FROM delaktig_statistics_import WHERE municipality_id = ?")) {
                    d.setString(1, file.municipalityId());
                    removed = d.executeUpdate();
                }
                try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_statistics_import"
                        + " (municipality_id, municipality_name, imported_at, imported_by, document) VALUES (?, ?, ?, ?, ?)")) {
                    i.setString(1, file.municipalityId());
                    i.setString(2, file.municipalityName());
                    i.setObject(3, file.importedAt().atOffset(ZoneOffset.UTC));
                    i.setString(4, file.importedBy());
                    i.setString(5, file.document());
                    i.executeUpdate();
                }
                return removed > 0;
            });
        } catch (SQLException e) {
            throw new StoreException("saving an imported statistics file failed", e);
        }
    }

    @Override
    public List<ImportedFile> all() {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT municipality_id, municipality_name, imported_at,"
                        + " imported_by, document FROM delaktig_statistics_import ORDER BY municipality_id");
                     ResultSet r = q.executeQuery()) {
                    List<ImportedFile> files = new ArrayList<>();
                    while (r.next()) {
                        files.add(new ImportedFile(r.getString(1), r.getString(2),
                                r.getObject(3, OffsetDateTime.class).toInstant(), r.getString(4), r.getString(5)));
                    }
                    return files;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading imported statistics files failed", e);
        }
    }

    @Override
    public boolean delete(String municipalityId) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement d = c.prepareStatement(
                        "DELETE FROM delaktig_statistics_import WHERE municipality_id = ?")) {
                    d.setString(1, municipalityId);
                    return d.executeUpdate() > 0;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("removing an imported statistics file failed", e);
        }
    }
}
