package org.bomay.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.BomayException;

/**
 * Thrown when a document (JSON, YAML or CSV) cannot be read, with every problem found in it, not
 * just the first; nothing half-built is returned. Each problem names its JSON pointer (or CSV
 * row and column) and its line and column. The message lists the first 20.
 *
 * <pre>{@code
 * try {
 *     OrgStructure s = Documents.json().readStructure(Path.of("kim-bang.json"));
 * } catch (FormatException e) {
 *     e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class FormatException extends BomayException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final transient ImmutableList<FormatProblem> problems;

    /**
     * Creates the exception for a document's problems.
     *
     * @param what the document, e.g. {@code "kim-bang.json"} or {@code "structure document"}
     * @param problems at least one problem
     */
    public FormatException(String what, List<FormatProblem> problems) {
        super(message(what, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a FormatException needs at least one problem");
        }
        this.problems = ImmutableList.copyOf(problems);
    }

    private static String message(String what, List<FormatProblem> problems) {
        StringBuilder b = new StringBuilder("Cannot read ").append(what).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            b.append("\n  - ").append(problems.get(i));
        }
        if (problems.size() > SHOWN) {
            b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more (see problems())");
        }
        return b.toString();
    }

    /** Every problem found, in document order. */
    public ImmutableList<FormatProblem> problems() {
        return problems;
    }
}
