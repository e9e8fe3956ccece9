package se.delaktig.api.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** A definition document was rejected; {@link #problems()} lists every fault with its path. */
public class InvalidDefinitionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /** @param problems every fault found, at least one */
    public InvalidDefinitionException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** @return every fault found */
    public List<Problem> problems() {
        return problems;
    }
}
