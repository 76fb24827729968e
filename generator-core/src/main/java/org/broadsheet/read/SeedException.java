package org.broadsheet.read;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when seed files cannot be read; carries every problem found, not only the first. */
public final class SeedException extends Exception {
    private final transient List<Problem> problems;

    public SeedException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
