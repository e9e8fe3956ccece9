package se.delaktig.statistics.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.CountedAnswer;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.aggregate.UnitId;

/**
 * Turns a coded response into {@link ResponseFacts}: unit, gender and age band as recorded when the
 * response was first counted, or else from the host (the case's unit and gender now, the age on the
 * answering day in Stockholm), and one counted answer per chosen
 * option of a choice, faces or yes-no item that the questionnaire version really has. Nothing else:
 * a code the definition does not know is dropped, and there is no text to drop.
 */
final class FactsBuilder {
    private static final Set<ItemType> COUNTED = EnumSet.of(ItemType.SINGLE_CHOICE, ItemType.MULTIPLE_CHOICE,
            ItemType.FACES, ItemType.YES_NO);

    private final CaseDirectory cases;
    private final BiFunction<String, String, Optional<Questionnaire>> definitions;

    /** @param cases the host's cases @param definitions questionnaire by id and version */
    FactsBuilder(CaseDirectory cases, BiFunction<String, String, Optional<Questionnaire>> definitions) {
        this.cases = cases;
        this.definitions = definitions;
    }

    /** The host's coded facts of a case on a day, when it knows the case and the child's age band. */
    record Child(UnitId unit, Gender gender, AgeBand ageBand) {
        /** @param at when the host was asked @return the facts to record */
        RecordedFacts recorded(Instant at) {
            return new RecordedFacts(unit.value(), gender.code(), ageBand.code(), at);
        }

        /** @param recorded facts recorded earlier @return them as a child, when every code is still valid */
        static Optional<Child> of(RecordedFacts recorded) {
            if (recorded == null) {
                return Optional.empty();
            }
            Optional<Gender> gender = Gender.ofCode(recorded.gender());
            Optional<AgeBand> band = AgeBand.ofCode(recorded.ageBand());
            if (gender.isEmpty() || band.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Child(UnitId.of(recorded.unitId()), gender.get(), band.get()));
            } catch (IllegalArgumentException notAToken) {
                return Optional.empty();
            }
        }
    }

    /**
     * The child's facts for a response or invitation: the facts recorded when it was first counted, or
     * else the host's facts now (the unit today, the age on {@code at}), which the caller then records.
     * The extract of an erased case has no case to ask about: its recorded facts are all there is.
     *
     * @param recorded facts recorded earlier, or {@code null} @param caseId the case @param at the answering or sending time
     * @return the facts, and whether they are new (to be recorded)
     */
    Optional<Found> child(RecordedFacts recorded, String caseId, Instant at) {
        Optional<Child> earlier = Child.of(recorded);
        if (earlier.isPresent()) {
            return Optional.of(new Found(earlier.get(), false));
        }
        return child(caseId, at).map(c -> new Found(c, true));
    }

    /** A child's facts and whether they came from the host just now (not yet recorded). */
    record Found(Child child, boolean fresh) {
    }

    /**
     * @param caseId a case, or {@code null} for the anonymised extract of an erased case (nothing to ask)
     * @param at a moment @return the child's coded facts then, if the host knows them
     */
    Optional<Child> child(String caseId, Instant at) {
        if (caseId == null) {
            return Optional.empty();
        }
        Optional<CaseFacts> facts = cases.find(caseId);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = at.atZone(Periods.STOCKHOLM).toLocalDate();
        OptionalInt age = cases.ageOn(caseId, day);
        if (age.isEmpty()) {
            return Optional.empty();
        }
        Optional<AgeBand> band = AgeBand.ofAge(age.getAsInt());
        if (band.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Child(UnitId.of(facts.get().unitId()), facts.get().gender(), band.get()));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }

    /** @param questionnaireId id @param version version @return the reference, if both are codes */
    static Optional<QuestionnaireRef> ref(String questionnaireId, String version) {
        try {
            return Optional.of(QuestionnaireRef.of(questionnaireId, version));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }

    /**
     * @param response a sent response
     * @param child    the child's facts on the answering day ({@link #child(RecordedFacts, String, Instant)})
     * @return its facts, or empty when it is not counted
     */
    Optional<ResponseFacts> facts(CodedResponse response, Optional<Child> child) {
        Optional<QuestionnaireRef> questionnaire = ref(response.questionnaireId(), response.questionnaireVersion());
        if (questionnaire.isEmpty() || child.isEmpty()) {
            return Optional.empty();
        }
        Optional<Questionnaire> definition = definitions.apply(response.questionnaireId(), response.questionnaireVersion());
        if (definition.isPresent() && definition.get().respondent() == Respondent.CASEWORKER) {
            return Optional.empty(); // statistics are the children's answers, not caseworkers' follow-ups
        }
        List<CountedAnswer> counted = new ArrayList<>();
        for (CodedAnswer answer : response.answers()) {
            Optional<Item> item = definition.flatMap(d -> d.item(answer.linkId()));
            if (item.isEmpty() || !COUNTED.contains(item.get().type())) {
                continue;
            }
            for (String code : answer.codes()) {
                AnswerOption option = item.get().option(code);
                if (option == null) {
                    continue;
                }
                try {
                    if (option.value() != null && item.get().domain() != null) {
                        counted.add(CountedAnswer.valued(answer.linkId(), code, item.get().domain().code(), option.value()));
                    } else {
                        counted.add(CountedAnswer.of(answer.linkId(), code));
                    }
                } catch (IllegalArgumentException notACode) {
                    // a linkId or code outside the statistics' code alphabet is not counted
                }
            }
        }
        Child c = child.get();
        return Optional.of(new ResponseFacts(c.unit(), response.submittedAt(), c.gender(), c.ageBand(),
                questionnaire.get(), counted));
    }
}
