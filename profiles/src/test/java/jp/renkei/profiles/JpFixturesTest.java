package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared JP fixture, validated against the profiles it declares: it has no error, or exactly the errors that
 * known-issues.json lists for it (per issue, the number given in seenIn). A new error fails, and so does a listed one
 * that no longer occurs.
 */
class JpFixturesTest {

    private static final KnownIssues KNOWN_ISSUES = KnownIssues.load();

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(SharedValidation.FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> SharedValidation.FIXTURES.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hasExactlyItsKnownErrors(String fixture) {
        List<KnownIssue> expected = KNOWN_ISSUES.issues().stream()
                .filter(i -> i.seenIn().containsKey(fixture))
                .toList();
        List<SingleValidationMessage> errors = SharedValidation.VALIDATOR.validate(SharedValidation.fixture(fixture))
                .getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();

        Map<String, Integer> counted = new TreeMap<>();
        expected.forEach(i -> counted.put(i.id(), 0));
        List<String> unexplained = new ArrayList<>();
        for (SingleValidationMessage error : errors) {
            expected.stream().filter(i -> i.explains(error)).findFirst().ifPresentOrElse(
                    i -> counted.merge(i.id(), 1, Integer::sum),
                    () -> unexplained.add(describe(error)));
        }
        Map<String, Integer> listed = new TreeMap<>(expected.stream()
                .collect(Collectors.toMap(KnownIssue::id, i -> i.seenIn().get(fixture))));

        assertThat(unexplained).as("errors of %s that known-issues.json does not list for it", fixture).isEmpty();
        assertThat(counted).as("errors of %s per known issue", fixture).isEqualTo(listed);
    }

    private static String describe(SingleValidationMessage m) {
        return m.getMessageId() + " @ " + m.getLocationString() + ": " + m.getMessage();
    }
}
