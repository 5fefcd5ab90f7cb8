package jp.renkei.server.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Holds every write of a resource claiming a Renkei, JP Core or JP-CLINS profile to that profile: on create, update
 * and inside transactions (HAPI calls the storage pointcuts for each entry), whether the write came over HTTP or not.
 * A non-conforming resource is refused with 422 and an OperationOutcome listing each problem and where it is; the
 * known defects of the published JP packages do not count (see {@link ProfileValidator#errors}). A request an
 * operation has validated itself ({@link ValidatedRequest}) is left to that operation.
 */
@Interceptor
public final class ProfileValidationInterceptor {

    /** Renkei's own canonical base, and the one JP Core and JP-CLINS share. */
    static final List<String> VALIDATED_CANONICAL_BASES = List.of("http://renkei.jp/fhir/", "http://jpfhir.jp/fhir/");

    private final FhirContext fhirContext;
    private final ProfileValidator validator;

    public ProfileValidationInterceptor(FhirContext fhirContext, ProfileValidator validator) {
        this.fhirContext = fhirContext;
        this.validator = validator;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void validateCreated(IBaseResource resource, RequestDetails request) {
        validateIfClaimingValidatedProfile(resource, request);
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void validateUpdated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        validateIfClaimingValidatedProfile(resource, request);
    }

    private void validateIfClaimingValidatedProfile(IBaseResource resource, RequestDetails request) {
        if (ValidatedRequest.isMarked(request)) {
            return;
        }
        boolean claims = resource.getMeta().getProfile().stream()
                .map(profile -> profile.getValue())
                .anyMatch(url -> url != null && VALIDATED_CANONICAL_BASES.stream().anyMatch(url::startsWith));
        if (!claims) {
            return;
        }
        List<SingleValidationMessage> errors = validator.errors(resource);
        if (!errors.isEmpty()) {
            throw new UnprocessableEntityException(fhirContext, ConformanceOutcome.of(resource, errors));
        }
    }
}
