package jp.renkei.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.QualifiedParamList;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditSearchParametersTest {

    private static final Instant NOON = Instant.parse("2026-01-10T12:00:00Z");

    @Test
    void eachDatePrefixBoundsTheRecordedInstant() {
        assertThat(range("ge2026-01-10T12:00:00Z").from()).contains(NOON);
        assertThat(range("ge2026-01-10T12:00:00Z").to()).isEmpty();
        assertThat(range("gt2026-01-10T12:00:00Z").from()).get().matches(from -> from.isAfter(NOON));
        assertThat(range("le2026-01-10T12:00:00Z").to()).get().matches(to -> !to.isBefore(NOON));
        assertThat(range("lt2026-01-10T12:00:00Z").to()).get().matches(to -> to.isBefore(NOON.plusSeconds(1)));
        assertThat(range("sa2026-01-10T12:00:00Z").from()).get().matches(from -> from.isAfter(NOON));
        assertThat(range("eb2026-01-10T12:00:00Z").to()).get().matches(to -> to.isBefore(NOON.plusSeconds(1)));
        AuditQuery.RecordedRange exact = range("2026-01-10T12:00:00Z");
        assertThat(exact.from()).contains(NOON);
        assertThat(exact.outside()).isFalse();
    }

    @Test
    void notEqualIsOutsideTheValue() {
        AuditQuery.RecordedRange notAtNoon = range("ne2026-01-10T12:00:00Z");
        assertThat(notAtNoon.outside()).isTrue();
        assertThat(notAtNoon.from()).contains(NOON);
        assertThat(notAtNoon.to()).contains(NOON.plusMillis(999));
    }

    @Test
    void aBarePatientIdIsAPatientReferenceAndChainsAreRefused() {
        ReferenceOrListParam patients = new ReferenceOrListParam().addOr(new ReferenceParam("a"))
                .addOr(new ReferenceParam("Patient/b"));
        assertThat(AuditSearchParameters.references(patients, "patient", Optional.of("Patient")))
                .containsExactly("Patient/a", "Patient/b");

        ReferenceOrListParam chained = new ReferenceOrListParam().addOr(new ReferenceParam("identifier", "x|1"));
        assertThatThrownBy(() -> AuditSearchParameters.references(chained, "patient", Optional.of("Patient")))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theTrailIsSortedByDateOnlyNewestFirstByDefault() {
        assertThat(AuditSearchParameters.oldestFirst(null)).isFalse();
        assertThat(AuditSearchParameters.oldestFirst(new SortSpec("date", SortOrderEnum.DESC))).isFalse();
        assertThat(AuditSearchParameters.oldestFirst(new SortSpec("date", SortOrderEnum.ASC))).isTrue();
        assertThatThrownBy(() -> AuditSearchParameters.oldestFirst(new SortSpec("outcome")))
                .isInstanceOf(InvalidRequestException.class);
    }

    private static AuditQuery.RecordedRange range(String value) {
        DateRangeParam date = new DateRangeParam();
        date.setValuesAsQueryTokens(null, "date", List.of(QualifiedParamList.singleton(value)));
        return AuditSearchParameters.recorded(date).orElseThrow();
    }
}
