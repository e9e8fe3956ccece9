package se.delaktig.web.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.web.internal.status.PluginInventory.BundleFacts;
import se.delaktig.web.internal.status.PluginInventory.ComponentFacts;

class StatusReportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    /** Inventory facts given directly by the test. */
    static final class FakeInventory implements PluginInventory {
        final List<BundleFacts> bundles = new ArrayList<>();
        final List<ComponentFacts> components = new ArrayList<>();

        @Override
        public List<BundleFacts> bundles() {
            return bundles;
        }

        @Override
        public List<ComponentFacts> components() {
            return components;
        }
    }

    static FakeInventory healthyPlugin() {
        FakeInventory inventory = new FakeInventory();
        inventory.bundles.add(new BundleFacts("se.delaktig.web", "0.1.0", "ACTIVE", false));
        inventory.bundles.add(new BundleFacts("se.delaktig.theme", "0.1.0", "RESOLVED", true));
        inventory.components.add(new ComponentFacts("web.Status", "se.delaktig.web", "ACTIVE", List.of()));
        inventory.components.add(new ComponentFacts("web.Limits", "se.delaktig.web", "SATISFIED", List.of()));
        inventory.components.add(new ComponentFacts("sms.Channel", "se.delaktig.web", "WAITING_FOR_CONFIGURATION", List.of()));
        inventory.components.add(new ComponentFacts("web.Old", "se.delaktig.web", "DISABLED", List.of()));
        return inventory;
    }

    @Test
    void healthyWhenEverythingRuns() {
        StatusReport report = StatusReport.of(healthyPlugin(), CLOCK);
        assertTrue(report.healthy(), report.problems().toString());
        assertEquals("2026-11-22T10:00:00Z", report.checkedAt());
        assertEquals(2, report.bundles().size());
        assertEquals(4, report.components().size());
    }

    @Test
    void unhealthyWhenABundleIsNotActive() {
        FakeInventory inventory = healthyPlugin();
        inventory.bundles.add(new BundleFacts("se.delaktig.store", "0.1.0", "RESOLVED", false));
        StatusReport report = StatusReport.of(inventory, CLOCK);
        assertFalse(report.healthy());
        assertEquals(List.of("bundle se.delaktig.store is RESOLVED, not ACTIVE"), report.problems());
    }

    @Test
    void unhealthyWhenAComponentMissesAReference() {
        FakeInventory inventory = healthyPlugin();
        inventory.components.add(new ComponentFacts("store.Answers", "se.delaktig.store", "UNSATISFIED_REFERENCE",
                List.of("dataSource", "audit")));
        inventory.components.add(new ComponentFacts("store.Boom", "se.delaktig.store", "FAILED_ACTIVATION", List.of()));
        StatusReport report = StatusReport.of(inventory, CLOCK);
        assertFalse(report.healthy());
        assertEquals(List.of("component store.Answers is UNSATISFIED_REFERENCE (missing: dataSource, audit)",
                "component store.Boom is FAILED_ACTIVATION"), report.problems());
    }

    @Test
    void onlyPluginBundlesAreListed() {
        assertTrue(OsgiPluginInventory.isPlugin("se.delaktig.web"));
        assertFalse(OsgiPluginInventory.isPlugin("se.delaktig.reference-host"));
        assertFalse(OsgiPluginInventory.isPlugin("org.apache.felix.scr"));
        assertFalse(OsgiPluginInventory.isPlugin("se.delaktigx"));
        assertFalse(OsgiPluginInventory.isPlugin(null));
    }
}
