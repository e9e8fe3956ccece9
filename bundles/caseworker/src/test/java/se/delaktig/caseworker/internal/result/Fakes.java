package se.delaktig.caseworker.internal.result;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.delaktig.api.questionnaire.AgeRange;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.EnableBehavior;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.Review;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.api.questionnaire.SemanticVersion;
import se.delaktig.api.questionnaire.Texts;
import se.delaktig.api.response.StoredResponse;

/** Fakes of the wide service interfaces: the methods a test names, every other call fails the test. */
public final class Fakes {

    /** The one item of the child questionnaire: answering {@code yes} signals danger. */
    public static final String SAFE = "safe";

    private Fakes() {
    }

    /** @return a {@code type} answering the named methods; any other call throws */
    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return type.cast(Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Function<Object[], Object> f = methods.get(method.getName());
                    if (f == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return f.apply(args);
                }));
    }

    /**
     * @return a catalog with a child questionnaire {@code child} (one yes-no item {@link #SAFE},
     *         whose {@code yes} signals danger) and an empty caseworker form {@code form}, both 1.0.0
     */
    public static QuestionnaireCatalog catalog() {
        return of(QuestionnaireCatalog.class, Map.of("find", a -> Optional.of(entry((String) a[0]))));
    }

    private static CatalogEntry entry(String id) {
        Respondent who = id.equals("form") ? Respondent.CASEWORKER : Respondent.CHILD;
        List<Item> items = who == Respondent.CHILD ? List.of(new Item(SAFE, ItemType.YES_NO,
                new Texts(Map.of("sv", "Är du trygg?")), Domain.SAFETY, null, null, Map.of(), List.of(),
                EnableBehavior.ALL, List.of(), List.of(option("yes", Attention.SIGNALS_DANGER), option("no", Attention.NONE)),
                0, 0, false, false, null)) : List.of();
        Questionnaire q = new Questionnaire(id, new SemanticVersion(1, 0, 0), new Texts(Map.of("sv", id)), null, who,
                new AgeRange(0, 20), List.of("sv"), false, null, List.of(), new Review(ReviewStatus.DRAFT, null, null, null),
                items);
        return new CatalogEntry(q, "{}", "0", "test", null, true, false);
    }

    private static AnswerOption option(String code, Attention attention) {
        return new AnswerOption(code, new Texts(Map.of("sv", code)), null, attention, null, Map.of(), null);
    }

    /** @return a sent response of questionnaire {@code questionnaireId} 1.0.0 */
    public static StoredResponse sent(String id, String questionnaireId, Instant at) {
        return new StoredResponse(id, "inv-" + id, questionnaireId, "1.0.0", at, at, false, null);
    }
}
