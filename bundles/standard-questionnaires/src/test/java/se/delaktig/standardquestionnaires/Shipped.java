package se.delaktig.standardquestionnaires;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.questionnaire.internal.format.DefinitionReader;

/** The shipped definitions and pictures as the bundle holds them (the build's output folder). */
final class Shipped {

    static final List<String> IDS = List.of("barn-5-7", "barn-8-12", "ungdom-13-18", "uppfoljning-handlaggare");
    static final List<String> CHILD_IDS = IDS.subList(0, 3);

    private Shipped() {
    }

    /** The bundle's root: every path a definition names is relative to it. */
    static Path root() {
        URL url = Shipped.class.getResource("/questionnaires");
        if (url == null) {
            throw new AssertionError("questionnaires/ is not on the class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path definition(String id) {
        return root().resolve("questionnaires").resolve(id + ".json");
    }

    static String json(String id) {
        try {
            return Files.readString(definition(id), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads with the engine, checking named files against the bundle's content as the extender does. */
    static DefinitionReader.Result read(String id) {
        return DefinitionReader.read(json(id), (bundle, file) -> bundle == null && Files.isRegularFile(root().resolve(file)));
    }

    static Questionnaire parse(String id) {
        DefinitionReader.Result r = read(id);
        if (!r.valid()) {
            throw new AssertionError(id + ": " + r.problems());
        }
        return r.questionnaire();
    }

    static List<Path> files(String folder, String ending) {
        try (Stream<Path> s = Files.list(root().resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the answerable items every respondent meets: no enableWhen on them or an enclosing group */
    static List<Item> mainQuestions(Questionnaire q) {
        List<Item> out = new ArrayList<>();
        collectMain(q.items(), out);
        out.removeIf(i -> i.linkId().equals("practice-weather"));
        return out;
    }

    private static void collectMain(List<Item> level, List<Item> out) {
        for (Item i : level) {
            if (!i.enableWhen().isEmpty()) {
                continue;
            }
            if (i.type().answerable()) {
                out.add(i);
            }
            collectMain(i.items(), out);
        }
    }

    static List<Item> answerable(Questionnaire q) {
        return q.allItems().stream().filter(i -> i.type().answerable()).toList();
    }
}
