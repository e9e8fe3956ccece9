package se.delaktig.statistics.exchange;

import java.util.List;

/** An imported file was refused; the message lists every problem with where it is. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    /** @param source the file's name @param problems what is wrong, each with its place */
    public ImportException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem(s): " + String.join("; ", problems.subList(0, Math.min(20, problems.size()))));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem */
    public List<String> problems() {
        return problems;
    }
}
