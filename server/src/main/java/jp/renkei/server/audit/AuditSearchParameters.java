package jp.renkei.server.audit;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;

/** Turns the FHIR search parameters of {@link AuditEventProvider} into the ledger's terms ({@link AuditQuery}). */
final class AuditSearchParameters {

    private AuditSearchParameters() {
    }

    static List<String> codes(TokenOrListParam tokens) {
        return tokens == null ? List.of()
                : tokens.getValuesAsQueryTokens().stream().map(TokenParam::getValue).toList();
    }

    /** References as the ledger keeps them ({@code Type/id}); a bare id is taken as {@code defaultType/id}. */
    static List<String> references(ReferenceOrListParam references, String parameter, Optional<String> defaultType) {
        if (references == null) {
            return List.of();
        }
        return references.getValuesAsQueryTokens().stream().map(reference -> reference(reference, parameter, defaultType))
                .toList();
    }

    /** An agent is a client id or an organization reference, as given. */
    static List<String> agents(ReferenceOrListParam agents) {
        return agents == null ? List.of() : agents.getValuesAsQueryTokens().stream()
                .map(agent -> unchained(agent, "agent").getValue()).toList();
    }

    private static String reference(ReferenceParam reference, String parameter, Optional<String> defaultType) {
        IdType id = new IdType(unchained(reference, parameter).getValue());
        if (id.hasResourceType()) {
            return id.toUnqualifiedVersionless().getValue();
        }
        return defaultType.map(type -> type + "/" + id.getIdPart()).orElse(id.getIdPart());
    }

    private static ReferenceParam unchained(ReferenceParam reference, String parameter) {
        if (reference.getChain() != null) {
            throw new InvalidRequestException("The audit trail is searched by reference, not by chained parameters ("
                    + parameter + "." + reference.getChain() + ")");
        }
        return reference;
    }

    /**
     * The range of {@code date}, with HAPI's reading of each prefix (a day is widened by the time zones it spans);
     * {@code ne}: outside the value's range. ({@code ap} never arrives: HAPI's DateRangeParam refuses it, 400.)
     */
    static Optional<AuditQuery.RecordedRange> recorded(DateRangeParam date) {
        if (date == null || date.getLowerBound() == null && date.getUpperBound() == null) {
            return Optional.empty();
        }
        DateParam bound = date.getLowerBound() != null ? date.getLowerBound() : date.getUpperBound();
        if (bound.getPrefix() == ParamPrefixEnum.NOT_EQUAL) {
            DateRangeParam exact = new DateRangeParam(new DateParam(ParamPrefixEnum.EQUAL, bound.getValueAsString()));
            return Optional.of(new AuditQuery.RecordedRange(Optional.of(exact.getLowerBoundAsInstant().toInstant()),
                    Optional.of(exact.getUpperBoundAsInstant().toInstant()), true));
        }
        return Optional.of(new AuditQuery.RecordedRange(
                Optional.ofNullable(date.getLowerBoundAsInstant()).map(Date::toInstant),
                Optional.ofNullable(date.getUpperBoundAsInstant()).map(Date::toInstant), false));
    }

    /** True for {@code _sort=date}; newest first otherwise ({@code _sort=-date}, or no {@code _sort}). */
    static boolean oldestFirst(SortSpec sort) {
        if (sort == null || sort.getParamName() == null) {
            return false;
        }
        if (!"date".equals(sort.getParamName()) || sort.getChain() != null) {
            throw new InvalidRequestException("The audit trail is sorted by date only (_sort=-date, the default, or"
                    + " _sort=date)");
        }
        return sort.getOrder() != SortOrderEnum.DESC;
    }
}
