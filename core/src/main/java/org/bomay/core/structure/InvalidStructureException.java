package org.bomay.core.structure;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.bomay.core.BomayException;

/**
 * Thrown by {@link OrgStructure.Builder#build()} with every problem of the structure, not just the
 * first, and by {@link StructureEditor} with the problem of one edit. The message lists them (the first 20, then a count); {@link #problems()} has all.
 *
 * <pre>{@code
 * try {
 *     OrgStructure s = builder.build();
 * } catch (InvalidStructureException e) {
 *     e.problems().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class InvalidStructureException extends BomayException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final transient ImmutableList<StructureProblem> problems;

    InvalidStructureException(List<StructureProblem> problems) {
        super(message(problems));
        this.problems = ImmutableList.copyOf(problems);
    }

    private static String message(List<StructureProblem> problems) {
        StringBuilder b = new StringBuilder("Invalid structure: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            b.append("\n  - ").append(problems.get(i));
        }
        if (problems.size() > SHOWN) {
            b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more (see problems())");
        }
        return b.toString();
    }

    /** Every problem found, in a stable order. */
    public ImmutableList<StructureProblem> problems() {
        return problems;
    }
}
