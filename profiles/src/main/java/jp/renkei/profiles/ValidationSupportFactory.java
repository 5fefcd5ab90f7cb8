package jp.renkei.profiles;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Builds the one validation support chain that the server and the tests share: the FHIR R4 core definitions,
 * Renkei's load-time repairs of known package defects (see known-issues.json), then the bundled packages in
 * {@link FhirPackage#bundled()} order, then in-memory terminology. Nothing is fetched from the network.
 *
 * <p>For a canonical URL several sources define, the first in the chain wins (fetches and fetch-all alike): a repaired
 * copy over the published one, JP Core over JP-CLINS (see {@link FhirPackage#bundled()}).
 */
public final class ValidationSupportFactory {

    private final FhirContext fhirContext;
    private final List<LoadTimeRepair> repairs;

    public ValidationSupportFactory(FhirContext fhirContext) {
        this(fhirContext, knownDefectRepairs());
    }

    /** With other repairs, e.g. none, to see the packages as published. */
    public ValidationSupportFactory(FhirContext fhirContext, List<LoadTimeRepair> repairs) {
        this.fhirContext = fhirContext;
        this.repairs = List.copyOf(repairs);
    }

    /** The repairs of the published JP packages' defects that known-issues.json lists as repaired. */
    public static List<LoadTimeRepair> knownDefectRepairs() {
        return List.of(
                new EReferralObservationResliceRepair(),
                new DischargeSummarySectionValueSetRepair(),
                new DischargeSummarySectionCodeRepair(),
                new OrganizationNoSystemRepair());
    }

    public ValidationSupportChain create() {
        return create(new DefaultProfileValidationSupport(fhirContext));
    }

    /**
     * With the R4 core definitions from a support the caller already holds (the server's HAPI storage loads them at
     * start): parsing them takes seconds and keeps a hundred MB, so they are better shared than loaded twice.
     */
    public ValidationSupportChain create(IValidationSupport core) {
        List<IValidationSupport> packages = new ArrayList<>();
        for (FhirPackage fhirPackage : FhirPackage.bundled()) {
            packages.add(load(fhirPackage));
        }
        ValidationSupportChain chain = new ValidationSupportChain(core);
        if (!repairs.isEmpty()) {
            chain.addValidationSupport(repaired(packages));
        }
        packages.forEach(chain::addValidationSupport);
        chain.addValidationSupport(new CommonCodeSystemsTerminologyService(fhirContext));
        chain.addValidationSupport(new InMemoryTerminologyServerValidationSupport(fhirContext));
        chain.addValidationSupport(new SnapshotGeneratingValidationSupport(fhirContext));
        return chain;
    }

    private IValidationSupport repaired(List<IValidationSupport> packages) {
        // The originals are read from the packages alone, with the same precedence as the final chain.
        ValidationSupportChain published = new ValidationSupportChain();
        packages.forEach(published::addValidationSupport);
        PrePopulatedValidationSupport repaired = new PrePopulatedValidationSupport(fhirContext);
        for (LoadTimeRepair repair : repairs) {
            for (IBaseResource copy : repair.repairedCopies(published)) {
                add(repaired, copy);
            }
        }
        return repaired;
    }

    private static void add(PrePopulatedValidationSupport support, IBaseResource resource) {
        if (resource instanceof StructureDefinition) {
            support.addStructureDefinition(resource);
        } else if (resource instanceof ValueSet) {
            support.addValueSet((ValueSet) resource);
        } else if (resource instanceof CodeSystem) {
            support.addCodeSystem(resource);
        } else {
            throw new IllegalArgumentException("A repair may replace definitions only: " + resource.fhirType());
        }
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
