package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;

/**
 * Builds the one validation support chain that the server and the tests share: the FHIR R4 core definitions,
 * then the bundled JP packages, then in-memory terminology. Nothing is fetched from the network.
 */
public final class ValidationSupportFactory {

    private final FhirContext fhirContext;

    public ValidationSupportFactory(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
    }

    public ValidationSupportChain create() {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhirContext));
        for (FhirPackage fhirPackage : FhirPackage.bundled()) {
            chain.addValidationSupport(load(fhirPackage));
        }
        chain.addValidationSupport(new CommonCodeSystemsTerminologyService(fhirContext));
        chain.addValidationSupport(new InMemoryTerminologyServerValidationSupport(fhirContext));
        chain.addValidationSupport(new SnapshotGeneratingValidationSupport(fhirContext));
        return chain;
    }

    private IValidationSupport load(FhirPackage fhirPackage) {
        NpmPackageValidationSupport support = new NpmPackageValidationSupport(fhirContext);
        try {
            support.loadPackageFromClasspath("classpath:" + fhirPackage.classpathLocation());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read FHIR package " + fhirPackage.classpathLocation(), e);
        }
        return support;
    }
}
