package se.delaktig.invitation.internal.service;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.delaktig.api.invitation.AddressCheck;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.questionnaire.AgeRange;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.Review;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.api.questionnaire.SemanticVersion;
import se.delaktig.api.questionnaire.Texts;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.events.CaseChanges;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.events.CaseEventType;
import se.delaktig.invitation.internal.MutableClock;
import se.delaktig.invitation.internal.code.InvitationCodesTestAccess;
import se.delaktig.invitation.internal.limit.LimiterTestAccess;
import se.delaktig.invitation.internal.text.MessageTextsTestAccess;

/** Everything the invitation components meet, as fakes: a host with cases, audit and an event log, a catalog, channels. */
final class World {

    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    static final Staff ANNA = new Staff("anna", "Anna", Set.of(StaffRole.CASEWORKER), Set.of("u1"));
    static final Staff BJORN = new Staff("bjorn", "Björn", Set.of(StaffRole.CASEWORKER), Set.of("u2"));
    static final Staff MANAGER = new Staff("mona", "Mona", Set.of(StaffRole.MANAGER), Set.of("u1"));

    final MutableClock clock = new MutableClock(START);
    final MemoryInvitationRepository repository = new MemoryInvitationRepository();
    final Host host = new Host();
    final Catalog catalog = new Catalog();
    final FakeChannel sms = new FakeChannel("sms", AddressKind.PHONE);
    final FakeChannel email = new FakeChannel("email", AddressKind.EMAIL);
    final FakeChannel print = new FakeChannel("print", AddressKind.NONE);
    final InvitationCore core;
    final StaffInvitations service;
    final Redemptions redemption;
    final CaseEvents caseEvents;
    final MemoryCaseErasure erasure = new MemoryCaseErasure(repository);
    final Housekeeping housekeeping;
    private int keys;

    World() {
        this(Settings.defaults());
    }

    World(Settings settings) {
        core = new InvitationCore(repository, host, host, InvitationCodesTestAccess.codes(),
                MessageTextsTestAccess.defaults(), settings, clock);
        core.bindChannel(sms);
        core.bindChannel(email);
        core.bindChannel(print);
        service = new StaffInvitations(core, host.staffContext(), catalog);
        redemption = new Redemptions(core, LimiterTestAccess.limiter(clock, 3, 10));
        caseEvents = new CaseEvents(core, erasure);
        caseEvents.bindLog(host);
        housekeeping = new Housekeeping(core, caseEvents, 100);
        host.addCase("c1", "u1", 10, false);
        host.addCase("c-protected", "u1", 10, true);
        host.addCase("c-other-unit", "u2", 10, false);
        catalog.add("barn-8-12", "1.0.0", Respondent.CHILD, 8, 12, List.of("sv", "en"));
        catalog.add("barn-8-12", "1.1.0", Respondent.CHILD, 8, 12, List.of("sv", "en"));
        catalog.add("ungdom-13-18", "1.0.0", Respondent.CHILD, 13, 18, List.of("sv"));
        catalog.add("uppfoljning", "1.0.0", Respondent.CASEWORKER, 5, 18, List.of("sv"));
    }

    NewInvitation sms(String caseId) {
        return new NewInvitation(caseId, null, null, "sms", "070-123 45 67", "sv", "key-" + ++keys, false);
    }

    NewInvitation print(String caseId) {
        return new NewInvitation(caseId, null, null, "print", null, "sv", "key-" + ++keys, false);
    }

    /** The host: cases, access by unit, an audit trail that can refuse, and an event log. */
    static final class Host implements CaseDirectory, AuditTrail, CaseEventLog {
        final Map<String, CaseFacts> cases = new HashMap<>();
        final Map<String, Integer> ages = new HashMap<>();
        final List<AuditEvent> audit = new ArrayList<>();
        final List<CaseEvent> events = new ArrayList<>();
        boolean auditRefuses;
        /** Actions the audit trail refuses (such as {@code invitation.send}). */
        final Set<String> refusedActions = new HashSet<>();
        boolean logUnavailable;
        final Set<String> askedCursors = new HashSet<>();

        void addCase(String id, String unit, Integer age, boolean protectedIdentity) {
            cases.put(id, new CaseFacts(id, unit, Gender.UNKNOWN, protectedIdentity, true));
            if (age != null) {
                ages.put(id, age);
            }
        }

        void close(String id) {
            CaseFacts f = cases.get(id);
            cases.put(id, new CaseFacts(id, f.unitId(), f.gender(), f.protectedIdentity(), false));
        }

        CaseEvent event(String caseId, CaseEventType type, Instant at) {
            CaseEvent e = new CaseEvent(String.valueOf(events.size() + 1), caseId, type, "u1", at, null);
            events.add(e);
            return e;
        }

        List<String> actions() {
            return audit.stream().map(a -> a.staffId() + " " + a.action() + " " + a.caseId()).toList();
        }

        @Override
        public Optional<CaseFacts> find(String caseId) {
            return Optional.ofNullable(cases.get(caseId));
        }

        @Override
        public OptionalInt ageOn(String caseId, LocalDate date) {
            Integer age = ages.get(caseId);
            return age == null ? OptionalInt.empty() : OptionalInt.of(age);
        }

        @Override
        public List<Unit> units() {
            return List.of(new Unit("u1", "Unit 1"), new Unit("u2", "Unit 2"));
        }

        /** The host's StaffContext, as a proxy so that the tests need no Servlet API: access by unit. */
        StaffContext staffContext() {
            return (StaffContext) java.lang.reflect.Proxy.newProxyInstance(StaffContext.class.getClassLoader(),
                    new Class<?>[] {StaffContext.class}, (p, m, a) -> switch (m.getName()) {
                        case "maySeeCase" -> maySeeCase((Staff) a[0], (String) a[1]);
                        case "currentStaff" -> Optional.empty();
                        case "maySeeStatistics" -> false;
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == a[0];
                        default -> "StaffContext";
                    });
        }

        boolean maySeeCase(Staff staff, String caseId) {
            CaseFacts f = cases.get(caseId);
            return f != null && staff.unitIds().contains(f.unitId());
        }

        @Override
        public void record(AuditEvent event) throws HostException {
            if (auditRefuses || refusedActions.contains(event.action())) {
                throw new HostException("audit store down");
            }
            audit.add(event);
        }

        @Override
        public CaseChanges changesSince(String cursor, int max) {
            askedCursors.add(cursor);
            if (logUnavailable) {
                throw new IllegalStateException("log down");
            }
            int from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
            if (from > events.size()) {
                throw new IllegalArgumentException("unknown cursor");
            }
            List<CaseEvent> page = events.subList(from, Math.min(events.size(), from + max));
            String next = page.isEmpty() ? cursor : page.get(page.size() - 1).cursor();
            return new CaseChanges(page, next, from + page.size() < events.size());
        }
    }

    /** A catalog of a few questionnaires; the selection rule as documented. */
    static final class Catalog implements QuestionnaireCatalog {
        final List<CatalogEntry> entries = new ArrayList<>();

        void add(String id, String version, Respondent respondent, int from, int to, List<String> languages) {
            add(id, version, respondent, from, to, languages, ReviewStatus.DRAFT);
        }

        void add(String id, String version, Respondent respondent, int from, int to, List<String> languages,
                ReviewStatus review) {
            Questionnaire q = new Questionnaire(id, SemanticVersion.parse(version), new Texts(Map.of("sv", "Titel " + id,
                    "en", "Title " + id)), null, respondent, new AgeRange(from, to), languages, false, null, List.of(),
                    new Review(review, null, null, null), List.of());
            entries.add(new CatalogEntry(q, "{}", "0".repeat(64), "test", null, true, true));
        }

        @Override
        public List<CatalogEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public Optional<CatalogEntry> find(String id, String version) {
            return entries.stream().filter(e -> e.id().equals(id) && e.version().equals(version)).findFirst();
        }

        @Override
        public List<CatalogEntry> candidates(Respondent respondent, int age) {
            Map<String, CatalogEntry> newest = new HashMap<>();
            for (CatalogEntry e : entries) {
                var q = e.questionnaire();
                if (e.active() && q.respondent() == respondent && q.ageBand().contains(age)) {
                    newest.merge(e.id(), e, (a, b) -> a.questionnaire().version().compareTo(b.questionnaire().version()) >= 0 ? a : b);
                }
            }
            return newest.values().stream().sorted(Comparator.comparingInt((CatalogEntry e) ->
                    e.questionnaire().ageBand().width()).thenComparing(CatalogEntry::id)).toList();
        }

        @Override
        public List<RejectedSource> rejected() {
            return List.of();
        }

        @Override
        public List<Problem> validate(String json) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CatalogEntry importDefinition(String json, String staffId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean setActive(String id, String version, boolean active) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<URL> resource(String id, String version, String file) {
            return Optional.empty();
        }
    }

    /** A channel that records deliveries and fails or throws on demand. */
    static final class FakeChannel implements DeliveryChannel {
        final String id;
        final AddressKind kind;
        final List<Delivery> delivered = new ArrayList<>();
        /** Every delivery asked for, failed ones too. */
        final List<Delivery> attempted = new ArrayList<>();
        String failWith;
        /** A careless third-party channel: its failure reason quotes the address, the code and the link. */
        boolean failQuotingSecrets;
        boolean throwOnDeliver;
        boolean available = true;

        FakeChannel(String id, AddressKind kind) {
            this.id = id;
            this.kind = kind;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label(String language) {
            return id.toUpperCase();
        }

        @Override
        public AddressKind addressKind() {
            return kind;
        }

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public AddressCheck checkAddress(String address) {
            return switch (kind) {
                case NONE -> AddressCheck.valid("");
                case PHONE -> address != null && address.replaceAll("[ -]", "").matches("07[0-9]{8}")
                        ? AddressCheck.valid("+46" + address.replaceAll("[ -]", "").substring(1))
                        : AddressCheck.invalid("phone.invalid", "a Swedish mobile number starts with 07");
                case EMAIL -> address != null && address.contains("@") ? AddressCheck.valid(address.strip())
                        : AddressCheck.invalid("email.invalid", "an e-mail address has an @");
            };
        }

        @Override
        public DeliveryResult deliver(Delivery delivery) {
            attempted.add(delivery);
            if (throwOnDeliver) {
                throw new IllegalStateException("boom " + delivery.address());
            }
            if (failWith != null) {
                return DeliveryResult.failed(failWith);
            }
            if (failQuotingSecrets) {
                return DeliveryResult.failed("gateway refused " + delivery.address() + ": " + delivery.text() + " (code "
                        + delivery.shortCode() + ", " + delivery.shortCode().replace("-", "") + ")");
            }
            delivered.add(delivery);
            return kind == AddressKind.NONE ? DeliveryResult.delivered(null, "<section>" + delivery.shortCode() + "</section>")
                    : DeliveryResult.accepted("m-" + delivered.size());
        }

        Delivery last() {
            return delivered.get(delivered.size() - 1);
        }

        /** @return the short code of the last delivery */
        String lastCode() {
            return last().shortCode();
        }

        /** @return the link token of the last delivery */
        String lastToken() {
            String link = last().link();
            return link.substring(link.lastIndexOf('/') + 1);
        }
    }

    void advance(Duration d) {
        clock.advance(d);
    }

    static ZoneId zone() {
        return ZoneId.of("Europe/Stockholm");
    }
}
