package jp.renkei.mapping.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;

/** Support plans as the server hands them to {@link SupportPlanPage}: a collection Bundle, the CarePlan first. */
final class SupportPlans {

    private SupportPlans() {
    }

    /** Demo patient 01's stored plan: Goal resources, a CareTeam and its members (render/SOURCES.md). */
    static Bundle demo() {
        try (InputStream in = SupportPlans.class.getResourceAsStream("/render/support-plan-demo-01.json")) {
            return (Bundle) RenkeiPackageExamples.FHIR.newJsonParser().parseResource(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package's RenkeiSupportPlan example (contained goals, risks, emergency procedure) with its patient. */
    static Bundle profiled() {
        CarePlan plan = new RenkeiPackageExamples().example("CarePlan", "renkei-support-plan-example", CarePlan.class);
        Patient patient = new Patient();
        patient.setId("renkei-demo-patient-01");
        patient.addName().setText("佐藤 ハル");
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        Organization nursing = new Organization().setName("ひまわり訪問看護ステーション");
        nursing.setId("renkei-demo-visiting-nursing");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl("http://localhost:8080/fhir/CarePlan/renkei-support-plan-example").setResource(plan);
        bundle.addEntry().setFullUrl("http://localhost:8080/fhir/Patient/renkei-demo-patient-01").setResource(patient);
        bundle.addEntry().setFullUrl("http://localhost:8080/fhir/Organization/renkei-demo-visiting-nursing")
                .setResource(nursing);
        return bundle;
    }
}
