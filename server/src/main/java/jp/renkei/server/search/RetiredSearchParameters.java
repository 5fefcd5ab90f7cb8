package jp.renkei.server.search;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.hl7.fhir.r4.model.SearchParameter;

/**
 * Standard search parameters Renkei does not index. Each one costs index rows and CPU on every write of its
 * resource type, and Observation is by far the most written type (about 40 lab results per admission). The
 * {@code combo-*} parameters repeat {@code code} and {@code value-*} over {@code Observation.component}, and the
 * composites below pair codes with values in ways partners' queries do not use; {@code code-value-quantity} and
 * {@code code-value-concept} (lab results by code and value) stay, as do {@code component-code} and
 * {@code component-value-quantity} (blood pressure).
 */
public final class RetiredSearchParameters {

    static final Set<String> IDS = Set.of(
            "Observation-combo-code",
            "Observation-combo-data-absent-reason",
            "Observation-combo-value-concept",
            "Observation-combo-value-quantity",
            "Observation-combo-code-value-concept",
            "Observation-combo-code-value-quantity",
            "Observation-component-code-value-concept",
            "Observation-component-code-value-quantity",
            "Observation-code-value-date",
            "Observation-code-value-string");

    private RetiredSearchParameters() {}

    /**
     * The standard definitions of the retired parameters, marked {@code retired}, under their standard ids;
     * composites first, so that none is left referring to a component already retired.
     */
    public static List<SearchParameter> definitions(FhirContext fhirContext) {
        List<SearchParameter> standard = new DefaultProfileValidationSupport(fhirContext).fetchAllSearchParameters();
        return standard.stream()
                .filter(parameter -> IDS.contains(parameter.getIdPart()))
                .sorted(Comparator.comparing(parameter -> parameter.getType() != SearchParamType.COMPOSITE))
                .map(parameter -> parameter.copy().setStatus(PublicationStatus.RETIRED))
                .toList();
    }
}
