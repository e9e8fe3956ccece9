package se.delaktig.standardquestionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.EnableWhen;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Operator;
import se.delaktig.api.questionnaire.Picture;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.api.questionnaire.Texts;
import se.delaktig.questionnaire.internal.format.DefinitionReader;
import se.delaktig.questionnaire.internal.osgi.EngineComponent;

/** Every shipped definition, read by the real engine, and the rules the project sets for their content. */
class StandardQuestionnairesTest {

    static final List<String> IDS = Shipped.IDS;
    static final List<String> CHILD_IDS = Shipped.CHILD_IDS;
    static final List<String> LANGUAGES = List.of("sv", "en");
    final QuestionnaireEngine engine = new EngineComponent();

    @Test
    void theBundleShipsExactlyTheStandardQuestionnaires() {
        List<String> names = Shipped.files("questionnaires", ".json").stream()
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(IDS.stream().map(id -> id + ".json").sorted().toList(), names);
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void validWithZeroProblems(String id) {
        DefinitionReader.Result r = Shipped.read(id);
        assertEquals(List.of(), r.problems(), id);
        Questionnaire q = r.questionnaire();
        assertEquals(id, q.id(), "the file is named after its id");
        assertEquals("1.0.0", q.version().toString());
        assertEquals(LANGUAGES, q.languages(), "Swedish first (the default), then English");
        assertEquals(ReviewStatus.DRAFT, q.review().status(), "shipped questionnaires are drafts until a municipality reviews them");
        assertNotNull(q.review().note(), "the review note says what must be reviewed");
        for (String l : LANGUAGES) {
            String note = q.review().note().in(l).orElseThrow();
            assertTrue(note.length() > 80, id + " review note in " + l);
        }
        assertNotNull(q.description(), id + " has a description for the caseworker");
        assertEquals(null, q.resourceBundle(), "pictures come from this bundle");
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void everyTextIsInSwedishAndEnglish(String id) {
        Questionnaire q = Shipped.parse(id);
        Map<String, Texts> texts = new LinkedHashMap<>();
        texts.put("title", q.title());
        texts.put("description", q.description());
        texts.put("review.note", q.review().note());
        for (Item i : q.allItems()) {
            texts.put(i.linkId() + ".text", i.text());
            texts.put(i.linkId() + ".explanation", i.explanation());
            texts.put(i.linkId() + ".tellMorePrompt", i.tellMorePrompt());
            texts.put(i.linkId() + ".picture.alt", i.picture() == null ? null : i.picture().alt());
            for (AnswerOption o : i.answerOption()) {
                String at = i.linkId() + "." + o.code();
                texts.put(at + ".text", o.text());
                texts.put(at + ".explanation", o.explanation());
                texts.put(at + ".picture.alt", o.picture() == null ? null : o.picture().alt());
            }
        }
        texts.forEach((where, t) -> {
            if (t == null) {
                return;
            }
            assertEquals(Set.copyOf(LANGUAGES), t.byLanguage().keySet(), id + " " + where);
            t.byLanguage().forEach((l, s) -> assertFalse(s.isBlank(), id + " " + where + " " + l));
        });
    }

    @Test
    void ageBandsAndRespondents() {
        Map<String, String> expected = Map.of(
                "barn-5-7", "child 5-7",
                "barn-8-12", "child 8-12",
                "ungdom-13-18", "child 13-18",
                "uppfoljning-handlaggare", "caseworker 0-20");
        for (String id : IDS) {
            Questionnaire q = Shipped.parse(id);
            assertEquals(expected.get(id), q.respondent().code() + " " + q.ageBand().from() + "-" + q.ageBand().to(), id);
        }
    }

    @Test
    void questionCountsFitTheAgeBands() {
        assertCount("barn-5-7", 8, 10);
        assertCount("barn-8-12", 15, 20);
        assertCount("ungdom-13-18", 25, 35);
        assertCount("uppfoljning-handlaggare", 15, 30);
    }

    @Test
    void theReadmeListsTheRightCounts() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String guide = Files.readString(Path.of("../../docs/admin-guide.md"));
        for (String id : IDS) {
            Questionnaire q = Shipped.parse(id);
            int main = Shipped.mainQuestions(q).size();
            int followUps = Shipped.answerable(q).size() - main - (q.item("practice-weather").isPresent() ? 1 : 0);
            int most = mostQuestions(q);
            assertEquals(main + followUps, most, id + ": one set of answers opens every follow-up at once");
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\\| `" + id + "`[^|]*\\|[^|]*\\| (\\d+) \\| (\\d+) \\| (\\d+) \\|").matcher(readme);
            assertTrue(m.find(), id + " is in the README's table");
            assertEquals(main + " " + followUps + " " + most, m.group(1) + " " + m.group(2) + " " + m.group(3),
                    id + ": questions, follow-ups and the most one respondent sees, in the README");
            assertTrue(guide.contains("`" + id + "` " + main + " (up to " + most + ")"), id + " in the admin guide");
        }
    }

    /**
     * @return how many questions (the practice question aside) the engine shows to a respondent who
     *         picks, for every question, an answer that some follow-up waits for (a danger answer,
     *         typically): a set of answers that opens as many follow-ups as it can
     */
    private int mostQuestions(Questionnaire q) {
        List<se.delaktig.api.questionnaire.Answer> answers = new ArrayList<>();
        for (Item i : Shipped.answerable(q)) {
            List<String> awaited = q.allItems().stream().flatMap(other -> other.enableWhen().stream())
                    .filter(w -> w.question().equals(i.linkId()) && w.operator() == Operator.EQUALS)
                    .map(EnableWhen::answerCode).distinct().toList();
            if (!i.type().choice()) {
                answers.add(se.delaktig.api.questionnaire.Answer.ofText(i.linkId(), "x"));
            } else if (i.type() == ItemType.MULTIPLE_CHOICE && !awaited.isEmpty()) {
                answers.add(new se.delaktig.api.questionnaire.Answer(i.linkId(), awaited, null, false, null));
            } else {
                String code = awaited.isEmpty() ? i.answerOption().get(0).code() : awaited.get(0);
                answers.add(new se.delaktig.api.questionnaire.Answer(i.linkId(), List.of(code), null, false, null));
            }
        }
        Set<String> shown = engine.enabledItems(q, answers);
        return (int) Shipped.answerable(q).stream()
                .filter(i -> shown.contains(i.linkId()) && !i.linkId().equals("practice-weather")).count();
    }

    private static void assertCount(String id, int min, int max) {
        int n = Shipped.mainQuestions(Shipped.parse(id)).size();
        assertTrue(n >= min && n <= max, id + ": " + n + " questions every respondent meets, expected " + min + "-" + max);
    }

    @ParameterizedTest
    @FieldSource("CHILD_IDS")
    void practiceQuestionFirstThenWhoReadsTheAnswers(String id) {
        Questionnaire q = Shipped.parse(id);
        Item practice = q.items().get(0);
        assertEquals("practice-weather", practice.linkId());
        assertEquals(ItemType.SINGLE_CHOICE, practice.type());
        assertEquals("Hur är vädret där du är just nu?", practice.text().in("sv").orElseThrow());
        assertEquals("What is the weather like where you are right now?", practice.text().in("en").orElseThrow());
        assertEquals(null, practice.domain(), "the practice question counts in no domain index");
        assertTrue(practice.answerOption().stream().allMatch(o -> o.value() == null && o.attention() == Attention.NONE));

        Item about = q.items().get(1);
        assertEquals(ItemType.INFO, about.type());
        assertTrue(about.enableWhen().isEmpty());
        String sv = about.text().in("sv").orElseThrow();
        String en = about.text().in("en").orElseThrow();
        assertTrue(sv.contains("socialsekreterare") && en.contains("caseworker"), "who reads the answers");
        assertTrue(sv.contains("sluta") && en.contains("stop"), "you can stop");
        assertTrue(sv.contains("en annan gång") || sv.contains("senare"), "and come back");
        assertTrue(sv.contains("inte svara på allt") || sv.contains("hoppa över"), "any question can be skipped");
    }

    @ParameterizedTest
    @FieldSource("CHILD_IDS")
    void childQuestionnairesCoverEveryDomainAndLetEveryQuestionBeDeclined(String id) {
        Questionnaire q = Shipped.parse(id);
        Set<Domain> domains = new TreeSet<>();
        for (Item i : Shipped.answerable(q)) {
            assertTrue(i.declineAllowed(), id + " " + i.linkId() + " offers \"I don't want to answer\"");
            if (i.domain() != null) {
                domains.add(i.domain());
            }
        }
        assertEquals(Set.of(Domain.values()), domains, id);
        List<Item> top = q.items();
        Item last = top.get(top.size() - 1);
        Item own = top.get(top.size() - 2);
        assertEquals(Domain.OWN_WORDS, own.domain(), "the child's own words come last");
        List<String> ownTexts = own.items().stream().map(i -> i.text().in("sv").orElseThrow()).toList();
        assertTrue(ownTexts.contains("Vad vill du att din socialsekreterare ska veta?"), ownTexts.toString());
        assertTrue(ownTexts.contains("Vad skulle du vilja ha hjälp med?"), ownTexts.toString());
        assertEquals(ItemType.INFO, last.type(), "a closing thank-you page");
    }

    @ParameterizedTest
    @FieldSource("CHILD_IDS")
    void dangerIsMarkedInHomeOrSafetyAndInHealth(String id) {
        Questionnaire q = Shipped.parse(id);
        boolean homeOrSafety = false;
        boolean health = false;
        for (Item i : q.allItems()) {
            for (AnswerOption o : i.answerOption()) {
                if (o.attention() != Attention.SIGNALS_DANGER) {
                    continue;
                }
                homeOrSafety |= i.domain() == Domain.HOME || i.domain() == Domain.SAFETY;
                health |= i.domain() == Domain.HEALTH && i.text().in("sv").orElseThrow().contains("inte vill leva");
            }
        }
        assertTrue(homeOrSafety, id + ": a signals-danger option in home or safety");
        assertTrue(health, id + ": a signals-danger option in health about not wanting to live");
        Set<String> dangerItems = new TreeSet<>();
        for (Item i : q.allItems()) {
            if (i.answerOption().stream().anyMatch(o -> o.attention() == Attention.SIGNALS_DANGER)) {
                dangerItems.add(i.text().in("sv").orElseThrow());
            }
        }
        assertTrue(dangerItems.stream().anyMatch(t -> t.contains("illa")), id + ": being hurt " + dangerItems);
        assertTrue(dangerItems.stream().anyMatch(t -> t.contains("mat") || t.contains("mätt")), id + ": food " + dangerItems);
        assertTrue(dangerItems.stream().anyMatch(t -> t.contains("rädd")), id + ": afraid of someone at home " + dangerItems);
    }

    @ParameterizedTest
    @FieldSource("CHILD_IDS")
    void everyDangerAnswerOpensTheSafetyNet(String id) {
        Questionnaire q = Shipped.parse(id);
        List<Item> all = q.allItems();
        for (int n = 0; n < all.size(); n++) {
            Item i = all.get(n);
            for (AnswerOption o : i.answerOption()) {
                if (o.attention() != Attention.SIGNALS_DANGER) {
                    continue;
                }
                Item net = null;
                for (Item later : all.subList(n + 1, all.size())) {
                    if (later.type() == ItemType.INFO && enabledBy(later, i.linkId(), o.code())) {
                        net = later;
                        break;
                    }
                }
                assertNotNull(net, id + " " + i.linkId() + "=" + o.code() + " enables an information page");
                for (String l : LANGUAGES) {
                    String text = net.text().in(l).orElseThrow();
                    assertTrue(text.contains("BRIS") && text.contains("116 111"), net.linkId() + " names BRIS " + l);
                    assertTrue(text.contains("112"), net.linkId() + " names 112 " + l);
                }
                assertTrue(net.text().in("sv").orElseThrow().contains("socialsekreterare får veta"),
                        net.linkId() + " says the caseworker will be told");
                assertTrue(net.text().in("en").orElseThrow().contains("caseworker will be told"), net.linkId());
                // the page is really shown after that answer, by the engine's own rules
                assertTrue(engine.enabledItems(q, List.of(answer(i, o.code()))).contains(net.linkId())
                        || !i.enableWhen().isEmpty(), net.linkId());
            }
        }
    }

    private static se.delaktig.api.questionnaire.Answer answer(Item i, String code) {
        return new se.delaktig.api.questionnaire.Answer(i.linkId(), List.of(code), null, false, null);
    }

    private static boolean enabledBy(Item item, String question, String code) {
        for (EnableWhen w : item.enableWhen()) {
            if (w.question().equals(question) && w.operator() == Operator.EQUALS && code.equals(w.answerCode())) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void valuesRiseTowardsTheBetterAnswer(String id) {
        for (Item i : Shipped.parse(id).allItems()) {
            List<AnswerOption> valued = i.answerOption().stream().filter(o -> o.value() != null).toList();
            if (i.type() == ItemType.FACES) {
                assertEquals(i.scale(), valued.size(), i.linkId() + ": every face has a value");
                for (int k = 1; k < valued.size(); k++) {
                    assertTrue(valued.get(k).value() > valued.get(k - 1).value(), i.linkId() + ": sad to happy rises");
                }
            }
            double max = valued.stream().mapToDouble(AnswerOption::value).max().orElse(0);
            double lowestUnmarked = valued.stream().filter(o -> o.attention() == Attention.NONE)
                    .mapToDouble(AnswerOption::value).min().orElse(Double.MAX_VALUE);
            double lowestAttention = valued.stream().filter(o -> o.attention() == Attention.NEEDS_ATTENTION)
                    .mapToDouble(AnswerOption::value).min().orElse(Double.MAX_VALUE);
            for (AnswerOption o : valued) {
                if (o.attention() == Attention.SIGNALS_DANGER) {
                    assertTrue(o.value() < lowestUnmarked && o.value() <= lowestAttention,
                            id + " " + i.linkId() + "=" + o.code() + ": danger is below every unmarked and attention value");
                }
                if (o.attention() != Attention.NONE) {
                    assertTrue(o.value() < max, id + " " + i.linkId() + "=" + o.code() + ": attention is not the best value");
                }
            }
        }
    }

    @Test
    void theYoungestGetPicturesThreeFacesAndReadAloud() {
        Questionnaire q = Shipped.parse("barn-5-7");
        assertTrue(q.readAloud(), "read-aloud on from the start");
        for (Item i : q.allItems()) {
            boolean pictured = i.picture() != null
                    || (!i.answerOption().isEmpty() && i.answerOption().stream().allMatch(o -> o.picture() != null));
            assertTrue(pictured, i.linkId() + " has a picture");
            if (i.type() == ItemType.FACES) {
                assertEquals(3, i.scale(), i.linkId());
            }
            assertFalse(i.type() == ItemType.MULTIPLE_CHOICE, i.linkId() + ": no multiple choice for 5-7");
            String sv = i.text().in("sv").orElseThrow();
            if (i.type().answerable() && !i.linkId().startsWith("practice")) {
                assertTrue(sv.endsWith("?"), i.linkId() + " is one plain question");
            }
        }
        assertFalse(Shipped.parse("barn-8-12").readAloud());
        assertFalse(Shipped.parse("ungdom-13-18").readAloud());
        assertTrue(Shipped.parse("barn-8-12").allItems().stream().filter(i -> i.type() == ItemType.FACES)
                .allMatch(i -> i.scale() == 3 || i.scale() == 5));
        assertTrue(Shipped.parse("ungdom-13-18").allItems().stream().filter(i -> i.type() == ItemType.FACES)
                .allMatch(i -> i.scale() == 5), "teenagers get the full five-step scale");
    }

    @Test
    void teenagersGetMoreFreeText() {
        long young = freeText("barn-8-12");
        long teen = freeText("ungdom-13-18");
        assertTrue(teen > young, teen + " > " + young);
    }

    private static long freeText(String id) {
        Questionnaire q = Shipped.parse(id);
        return q.allItems().stream().filter(i -> i.type() == ItemType.TEXT || i.type() == ItemType.LONG_TEXT || i.tellMore()).count();
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void everyPictureHasAnAltTextInBothLanguagesAndExists(String id) {
        Questionnaire q = Shipped.parse(id);
        List<Picture> pictures = new ArrayList<>();
        for (Item i : q.allItems()) {
            if (i.picture() != null) {
                pictures.add(i.picture());
            }
            i.answerOption().stream().map(AnswerOption::picture).filter(p -> p != null).forEach(pictures::add);
        }
        for (Picture p : pictures) {
            assertTrue(Files.isRegularFile(Shipped.root().resolve(p.file())), p.file());
            for (String l : LANGUAGES) {
                assertTrue(p.alt().in(l).map(s -> !s.isBlank()).orElse(false), p.file() + " alt " + l);
            }
            assertTrue(p.file().startsWith("pictures/"), p.file());
        }
        if (CHILD_IDS.contains(id)) {
            assertFalse(pictures.isEmpty());
        }
    }

    @Test
    void everyPictureIsASmallCleanSvg() throws Exception {
        List<Path> svgs = Shipped.files("pictures", ".svg");
        assertTrue(svgs.size() >= 20, "the pictograms: " + svgs);
        for (Path svg : svgs) {
            Svg.check(svg);
        }
    }

    @Test
    void theManifestNamesTheDefinitions() throws Exception {
        Path mf = Shipped.root().resolve("META-INF/MANIFEST.MF");
        if (!Files.exists(mf)) {
            fail("bnd did not write " + mf);
        }
        try (InputStream in = Files.newInputStream(mf)) {
            Manifest m = new Manifest(in);
            assertEquals("questionnaires/*.json", m.getMainAttributes().getValue("Delaktig-Questionnaires"));
            assertEquals("se.delaktig.standard-questionnaires", m.getMainAttributes().getValue("Bundle-SymbolicName"));
        }
    }

    @Test
    void theCaseworkerFormIsForTheCaseworker() {
        Questionnaire q = Shipped.parse("uppfoljning-handlaggare");
        assertEquals(Respondent.CASEWORKER, q.respondent());
        Set<Domain> domains = new TreeSet<>();
        Shipped.answerable(q).forEach(i -> {
            if (i.domain() != null) {
                domains.add(i.domain());
            }
        });
        assertTrue(domains.containsAll(Set.of(Domain.HEALTH, Domain.SCHOOL, Domain.HOME, Domain.NETWORK,
                Domain.SOCIAL_SERVICES, Domain.OWN_WORDS)), domains.toString());
        List<String> ids = q.allItems().stream().map(Item::linkId).toList();
        assertTrue(ids.containsAll(List.of("fu-goal-attainment", "fu-part-planning", "fu-part-follow-up", "fu-child-view")), ids.toString());
    }
}
