package se.delaktig.questionnaire.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.questionnaire.internal.Defs;
import se.delaktig.questionnaire.internal.catalog.Catalog;

class QuestionnaireCommandsTest {

    @TempDir
    Path dir;

    @Test
    void importsListsAndDeactivates() throws Exception {
        List<AuditEvent> events = new ArrayList<>();
        Catalog catalog = new Catalog((b, f) -> null, Clock.systemUTC());
        QuestionnaireCommands commands = new QuestionnaireCommands(catalog, events::add, Clock.systemUTC());
        Path good = Files.writeString(dir.resolve("f.json"), Defs.text(Defs.FOLLOW_UP));
        Path bad = Files.writeString(dir.resolve("b.json"), "{\"format\":\"x\"}");
        assertEquals("accepted test-follow-up 2.1.0 (active)", commands._import(good.toString()));
        assertTrue(commands._import(bad.toString()).startsWith("rejected:\n  format: must be"), commands._import(bad.toString()));
        assertTrue(commands._import(dir.resolve("none.json").toString()).startsWith("cannot read"));
        assertTrue(commands.questionnaires().startsWith("test-follow-up"), commands.questionnaires());
        assertEquals("test-follow-up 2.1.0 inactive", commands.deactivate("test-follow-up", "2.1.0"));
        assertTrue(commands.questionnaires().contains("inactive"));
        assertEquals("no such version: x 1.0.0", commands.activate("x", "1.0.0"));
        assertEquals(List.of("questionnaire.import", "questionnaire.deactivate"),
                events.stream().map(AuditEvent::action).toList());
        assertEquals("delaktig", events.get(0).staffId());
    }
}
