package jp.renkei.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * JP Core 1.1.2's extension JP_Organization_InsuranceOrganizationNo (医療機関コード 7 桁) fixes
 * {@code Identifier.system} to the OID {@code urn:oid:1.2.392.100495.20.3.23}, while JP-CLINS 1.5.2
 * (JP_Organization_eCS, extension:organizationNo) tells senders to use
 * {@code http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicalOrganizationID}, and its examples do: a JP-CLINS document
 * cannot follow both. Renkei accepts either system: the fixed value is replaced by an invariant allowing exactly
 * these two.
 */
public final class OrganizationNoSystemRepair implements LoadTimeRepair {

    static final String URL =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Organization_InsuranceOrganizationNo";
    static final String JP_CORE_SYSTEM = "urn:oid:1.2.392.100495.20.3.23";
    static final String JP_CLINS_SYSTEM = "http://jpfhir.jp/fhir/core/mhlw/IdSystem/MedicalOrganizationID";
    static final String INVARIANT = "renkei-organization-no-system";

    @Override
    public String knownIssueId() {
        return "core-organization-no-system";
    }

    @Override
    public List<IBaseResource> repairedCopies(IValidationSupport published) {
        StructureDefinition copy = PublishedDefinitions.structureDefinition(published, URL).copy();
        copy.getSnapshot().getElement().forEach(OrganizationNoSystemRepair::acceptBothSystems);
        copy.getDifferential().getElement().forEach(OrganizationNoSystemRepair::acceptBothSystems);
        return List.of(copy);
    }

    private static void acceptBothSystems(ElementDefinition element) {
        if (element.getPath().equals("Extension.value[x].system") && element.hasFixed()) {
            element.setFixed(null);
            element.addConstraint()
                    .setKey(INVARIANT)
                    .setSeverity(ConstraintSeverity.ERROR)
                    .setHuman("医療機関コード（７桁）の system は " + JP_CORE_SYSTEM + "（JP Core）または "
                            + JP_CLINS_SYSTEM + "（JP-CLINS）")
                    .setExpression("$this = '" + JP_CORE_SYSTEM + "' or $this = '" + JP_CLINS_SYSTEM + "'")
                    .setSource(URL);
        }
    }
}
