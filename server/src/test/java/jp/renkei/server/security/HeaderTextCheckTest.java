package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderTextCheckTest {

    /** Spring Security's StrictHttpFirewall rule for header values, as a regular expression. */
    private static final Pattern SPRING_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void decidesAsSpringSecuritysRegularExpressionDoes() {
        List<String> values = List.of("", "Bearer eyJraWQiOiI1NzhmNDNk.eyJzdWIiOiJob3NwaXRhbC1laHIifQ.c2ln-_",
                "application/fhir+json; charset=utf-8", "山田 太郎", "tab\there", "new\nline", "nul\u0000",
                "del\u007f", "c1\u0085", "unassigned\u0378", "emoji \uD83D\uDE00", "lone surrogate \uD83D",
                "private use \uE000", "zero width \u200B");
        HeaderTextCheck check = new HeaderTextCheck();
        for (String value : values) {
            assertThat(check.test(value)).as(value).isEqualTo(SPRING_RULE.matcher(value).matches());
        }
    }
}
