package se.delaktig.api.questionnaire;

import java.util.Objects;

/**
 * One fault found in a definition document or an answer.
 *
 * @param path    JSON path of the fault, e.g. {@code items[3].answerOption[1].text}; empty for the whole document
 * @param message what is wrong, e.g. {@code missing "en"}
 */
public record Problem(String path, String message) {
    /** Checks the components. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
