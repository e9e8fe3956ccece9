package se.delaktig.questionnaire.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Picture;
import se.delaktig.api.questionnaire.Texts;

/** Reads the answer options of a choice, faces or yes-no item and checks the per-type rules. */
final class OptionReader {

    private final Fields f;
    private final ItemReader pictures;

    OptionReader(Fields f, java.util.function.Predicate<String> resources) {
        this.f = f;
        this.pictures = new ItemReader(f, resources);
    }

    List<AnswerOption> read(JsonNode item, String path, ItemType type, int scale) {
        List<AnswerOption> options = new ArrayList<>();
        JsonNode array = f.array(item, path, "answerOption", true);
        if (array == null) {
            return options;
        }
        String base = Fields.at(path, "answerOption");
        Set<String> codes = new HashSet<>();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < array.size() && i < 50; i++) {
            String here = Fields.at(base, i);
            JsonNode o = array.get(i);
            if (!o.isObject()) {
                f.add(here, "must be an object");
                continue;
            }
            f.onlyFields(o, here, Set.of("code", "text", "value", "attention", "picture", "audio", "explanation"), null);
            String code = f.id(o, here, "code", true);
            if (code != null) {
                written.add(code);
                if (!codes.add(code)) {
                    f.add(Fields.at(here, "code"), "\"" + code + "\" is used by an earlier option of this item");
                }
            }
            Texts text = f.texts(o, here, "text", true);
            Double value = null;
            JsonNode v = f.field(o, here, "value", false);
            if (v != null) {
                if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || Math.abs(v.doubleValue()) > 1_000_000) {
                    f.add(Fields.at(here, "value"), "must be a number from -1000000 to 1000000");
                } else {
                    value = v.doubleValue();
                }
            }
            String attentionCode = f.string(o, here, "attention", false);
            Attention attention = attentionCode == null ? Attention.NONE : Attention.ofCode(attentionCode);
            if (attention == null) {
                f.add(Fields.at(here, "attention"), "must be \"none\", \"needs-attention\" or \"signals-danger\"");
            }
            if (type == ItemType.FACES && o.hasNonNull("picture")) {
                f.add(Fields.at(here, "picture"), "not allowed on a face: the portal draws the faces");
            }
            Picture picture = pictures.picture(o, here);
            Map<String, String> audio = pictures.audio(o, here);
            Texts explanation = f.texts(o, here, "explanation", false);
            if (code != null && text != null && attention != null) {
                options.add(new AnswerOption(code, text, value, attention, picture, audio, explanation));
            }
        }
        checkSet(type, scale, base, array.size(), written);
        return options;
    }

    private void checkSet(ItemType type, int scale, String base, int count, List<String> codes) {
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (count < 2 || count > ItemReader.MAX_OPTIONS) {
                    f.add(base, "must have 2 to " + ItemReader.MAX_OPTIONS + " options");
                }
            }
            case FACES -> {
                List<String> expected = scale == 5 ? ItemReader.FACES_5 : scale == 3 ? ItemReader.FACES_3 : null;
                if (expected != null && !expected.equals(codes)) {
                    f.add(base, "a " + scale + "-step faces scale must have the codes " + String.join(", ", expected)
                            + " in that order (saddest first)");
                }
            }
            case YES_NO -> {
                if (!codes.equals(ItemReader.YES_NO) && !codes.equals(ItemReader.YES_NO.subList(0, 2))) {
                    f.add(base, "must have the codes yes, no and optionally dont-know, in that order");
                }
            }
            default -> { }
        }
    }
}
