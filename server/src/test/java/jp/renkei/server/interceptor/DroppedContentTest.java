package jp.renkei.server.interceptor;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DroppedContentTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void aCleanResourceLosesNothing() {
        assertThat(json("{\"resourceType\":\"Patient\",\"gender\":\"female\",\"birthDate\":\"1940-02-03\","
                + "\"name\":[{\"family\":\"山田\",\"given\":[\"花子\"]}]}")).isEmpty();
    }

    @Test
    void eachElementR4DoesNotDefineIsNamed() {
        List<String> problems = json("{\"resourceType\":\"Patient\",\"gendr\":\"female\","
                + "\"name\":[{\"famly\":\"山田\"}]}");

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("'gendr'", "R4 does not define");
        assertThat(problems.get(1)).contains("'famly'");
    }

    @Test
    void anUnknownElementInsideATransactionEntryIsFound() {
        List<String> problems = json("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{"
                + "\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"valueQuantity\":{\"value\":1,"
                + "\"unitt\":\"mg\"}},\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}]}");

        assertThat(problems).singleElement().asString().contains("'unitt'");
    }

    @Test
    void aSecondValueOfASingleValuedElementIsFound() {
        assertThat(xml("<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"female\"/><birthDate value=\"1940\"/>"
                + "<birthDate value=\"1941\"/></Patient>")).singleElement().asString().contains("'birthDate'");
    }

    @Test
    void anUnknownXmlAttributeIsFound() {
        assertThat(xml("<Patient xmlns=\"http://hl7.org/fhir\"><gender valu=\"female\"/></Patient>"))
                .singleElement().asString().contains("'valu'");
    }

    @Test
    void anObjectWhereAValueBelongsIsFoundByItsChildren() {
        assertThat(json("{\"resourceType\":\"Patient\",\"gender\":{\"code\":\"female\"}}"))
                .singleElement().asString().contains("'code'");
    }

    @Test
    void aJsonTypeMismatchTheParserReadsAllTheSameIsNoLoss() {
        assertThat(json("{\"resourceType\":\"Patient\",\"active\":\"true\",\"name\":{\"family\":\"山田\"}}"))
                .isEmpty();
    }

    private static List<String> json(String body) {
        return DroppedContent.in(FHIR, EncodingEnum.JSON, new StringReader(body));
    }

    private static List<String> xml(String body) {
        return DroppedContent.in(FHIR, EncodingEnum.XML, new StringReader(body));
    }
}
