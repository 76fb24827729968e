package org.broadsheet.read;

import java.util.List;
import org.broadsheet.model.Archive;

/**
 * What reading a source folder gave: the archive (holding every issue that could be read) and every
 * problem found, in file order.
 */
public record ReadResult(Archive archive, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
