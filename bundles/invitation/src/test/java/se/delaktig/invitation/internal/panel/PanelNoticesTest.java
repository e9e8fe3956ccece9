package se.delaktig.invitation.internal.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelNoticesTest {

    @Test
    void aNoticeIsTakenOnceByTheSamePersonOnTheSameCase() {
        PanelNotices notices = new PanelNotices();
        notices.put("staff-01", "case-1", Notice.ok("notice.sent"));
        assertEquals(Optional.empty(), notices.take("staff-02", "case-1"));
        assertEquals(Optional.empty(), notices.take("staff-01", "case-2"));
        assertEquals(Optional.of(Notice.ok("notice.sent")), notices.take("staff-01", "case-1"));
        assertEquals(Optional.empty(), notices.take("staff-01", "case-1"));
    }

    @Test
    void aQuestionIsTakenOnceAndApartFromTheNotice() {
        PanelNotices notices = new PanelNotices();
        notices.put("staff-01", "case-1", Notice.ok("notice.sent"));
        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.REVOKE, "i1"));
        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.RESEND, "i2"));
        assertEquals(Optional.empty(), notices.takeQuestion("staff-02", "case-1"));
        assertEquals(Optional.of(new Confirmation(Confirmation.Action.RESEND, "i2")), notices.takeQuestion("staff-01", "case-1"),
                "one question at a time, the latest");
        assertEquals(Optional.empty(), notices.takeQuestion("staff-01", "case-1"));
        assertEquals(Optional.of(Notice.ok("notice.sent")), notices.take("staff-01", "case-1"));
    }

    @Test
    void anOldNoticeIsForgotten() {
        Instant start = Instant.parse("2026-11-22T09:00:00Z");
        Clock[] clock = {Clock.fixed(start, ZoneOffset.UTC)};
        PanelNotices notices = new PanelNotices(new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        });
        notices.put("s", "c", Notice.error("error.case_closed"));
        notices.ask("s", "c", new Confirmation(Confirmation.Action.REVOKE, "i1"));
        clock[0] = Clock.fixed(start.plus(PanelNotices.TTL).plusSeconds(1), ZoneOffset.UTC);
        assertTrue(notices.take("s", "c").isEmpty());
        assertTrue(notices.takeQuestion("s", "c").isEmpty());
    }

    @Test
    void memoryIsBounded() {
        PanelNotices notices = new PanelNotices();
        for (int i = 0; i <= PanelNotices.MAX_ENTRIES; i++) {
            notices.put("s", "case-" + i, Notice.ok("notice.sent"));
        }
        assertTrue(notices.take("s", "case-0").isEmpty(), "the eldest went");
        assertTrue(notices.take("s", "case-" + PanelNotices.MAX_ENTRIES).isPresent());
    }
}
