package jp.renkei.mapping.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document Bundle Renkei cannot file: each problem names the element (FHIRPath) and what is wrong, so that the
 * sending hospital's vendor can fix the export.
 */
public final class UnusableDocumentException extends RuntimeException {

    /** One missing or wrong element. */
    public record Problem(String location, String reason) {}

    private final List<Problem> problems;

    public UnusableDocumentException(List<Problem> problems) {
        super(problems.stream().map(p -> p.location() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
