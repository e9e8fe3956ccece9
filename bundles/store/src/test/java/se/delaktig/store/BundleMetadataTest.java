package se.delaktig.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** The bundle headers and DS/metatype descriptors bnd wrote into target/classes (process-classes). */
class BundleMetadataTest {
    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theBundleExportsNothingAndImportsWhatItUses() throws Exception {
        Manifest mf;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("META-INF/MANIFEST.MF"))) {
            mf = new Manifest(in);
        }
        var main = mf.getMainAttributes();
        assertEquals("se.delaktig.store", main.getValue("Bundle-SymbolicName"));
        assertNull(main.getValue("Export-Package"), "the store exports nothing");
        String imports = main.getValue("Import-Package");
        for (String needed : new String[] {"org.h2.jdbcx;", "org.osgi.service.jdbc;", "se.delaktig.api.questionnaire;"}) {
            assertTrue(imports.contains(needed), needed + " in " + imports);
        }
        assertFalse(imports.contains("se.delaktig.referencehost"), imports);
        assertFalse(imports.contains("org.h2.tools") || imports.contains("org.h2.server"), "no H2 servers: " + imports);
        String components = main.getValue("Service-Component");
        assertTrue(components.contains("OSGI-INF/se.delaktig.store.db.StoreDatabase.xml"), components);
        assertTrue(components.contains("OSGI-INF/se.delaktig.store.questionnaire.JdbcQuestionnaireArchive.xml"),
                components);
    }

    @Test
    void theDatabaseComponentIsConfiguredThroughMetatype() throws Exception {
        String ds = Files.readString(CLASSES.resolve("OSGI-INF/se.delaktig.store.db.StoreDatabase.xml"));
        assertTrue(ds.contains("configuration-pid=\"se.delaktig.store\""), ds);
        assertTrue(ds.contains("immediate=\"true\""), ds);
        assertTrue(ds.contains("name=\"dataSourceFactory.target\" type=\"String\" "
                + "value=\"(osgi.jdbc.driver.class=org.h2.Driver)\""), ds);
        String metatype = Files.readString(CLASSES.resolve("OSGI-INF/metatype/se.delaktig.store.xml"));
        for (String id : new String[] {"jdbc.url", "user", "max.connections", "dataSourceFactory.target"}) {
            assertTrue(metatype.contains("<AD id=\"" + id + "\""), id);
        }
        assertTrue(metatype.contains("<AD id=\".password\" type=\"Password\""), metatype);
        assertTrue(Files.exists(CLASSES.resolve("db/migration/V001__questionnaire_archive.sql")));
    }
}
