package jp.renkei.server.security;

import static jp.renkei.server.security.PartnerAccessIT.ids;
import static jp.renkei.server.security.PartnerAccessIT.message;
import static jp.renkei.server.security.PartnerAccessIT.vitalSign;
import static jp.renkei.server.support.PartnerNetwork.CLINIC;
import static jp.renkei.server.support.PartnerNetwork.NURSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import jp.renkei.server.security.authserver.DemoPartners;
import jp.renkei.server.security.client.BackendServiceClient;
import jp.renkei.server.security.client.ClientAssertion;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestPatients;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Attempts to get around the partner rules, each refused or answered with allowed data only, and each beside the
 * allowed request it mimics so that it can fail. The clinic sees "mine" (consent) and owns a referral of "theirs",
 * whom it may not see; the visiting nursing station sees "nursed".
 */
@RenkeiServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessBypassIT {

    private final IGenericClient hospital;
    private final PartnerNetwork network;
    private final int port;
    private IGenericClient clinic;
    private IGenericClient nursing;
    private IdType mine;
    private String mineId;
    private IdType myObservation;
    private IdType theirs;
    private String theirsId;
    private IdType theirObservation;
    private IdType theirReferral;
    private IdType nursingTaskOfMine;
    private IdType nursed;

    AccessBypassIT(IGenericClient hospital) {
        this.hospital = hospital;
        this.port = URI.create(hospital.getServerBase()).getPort();
        this.network = new PartnerNetwork(port, hospital);
    }

    @BeforeAll
    void network() {
        clinic = network.as("clinic-aoba");
        nursing = network.as("visiting-nursing");
        mine = network.newPatient();
        mineId = identifier(mine);
        network.consent(mine, CLINIC);
        myObservation = network.observation(mine);
        theirs = network.newPatient();
        theirsId = identifier(theirs);
        network.consent(theirs, NURSING);
        theirObservation = network.observation(theirs);
        theirReferral = network.referral(theirs, CLINIC);
        nursingTaskOfMine = network.referral(mine, NURSING);
        nursed = network.newPatient();
        network.consent(nursed, NURSING);
    }

    // --- _include / _revinclude

    @Test
    void includeFromAnOwnTaskLeavesOutAPatientItMayNotSee() {
        Bundle found = search(clinic, "Task?_id=" + theirReferral.getIdPart() + "&_include=Task:patient");

        assertThat(types(found)).containsExactly("Task");
    }

    @Test
    void iteratedIncludeDoesNotReachAnotherPatient() {
        Bundle found = search(clinic, "Task?_id=" + theirReferral.getIdPart()
                + "&_include=Task:focus&_include:iterate=ServiceRequest:subject");

        assertThat(types(found)).containsExactlyInAnyOrder("Task", "ServiceRequest");
    }

    @Test
    void revincludeBringsOnlyWhatThePartnerMaySee() {
        Bundle found = search(clinic, "Patient?_id=" + mine.getIdPart()
                + "&_revinclude=Observation:subject&_revinclude=Task:patient");

        assertThat(ids(found)).contains(mine.getIdPart(), myObservation.getIdPart())
                .doesNotContain(nursingTaskOfMine.getIdPart());
    }

    @Test
    void revincludeFromTheHospitalDoesNotListOtherOrganizationsReferrals() {
        Bundle found = search(clinic, "Organization?_id=renkei-demo-hospital&_revinclude=Task:requester&_count=200");

        assertThat(ids(found)).contains(theirReferral.getIdPart()).doesNotContain(nursingTaskOfMine.getIdPart());
    }

    // --- chains and _has as an oracle

    @Test
    void chainedSearchIsRefused() {
        assertRefused(() -> search(clinic, "Observation?subject.identifier=" + theirsId), "Chained");
    }

    @Test
    void chainWithATypeModifierIsRefused() {
        assertRefused(() -> search(clinic, "Observation?subject:Patient.name=山田"), "Chained");
    }

    @Test
    void hasSearchIsRefused() {
        assertRefused(() -> search(clinic, "Patient?_has:Observation:subject:status=final"), "_has");
    }

    @Test
    void theHospitalMayStillChain() {
        assertThat(ids(search(hospital, "Observation?subject.identifier=" + theirsId)))
                .containsExactly(theirObservation.getIdPart());
    }

    // --- history and versions

    @Test
    void instanceHistoryOfAPatientItMayNotSeeShowsNothing() {
        assertThat(clinic.history().onInstance(theirs).returnBundle(Bundle.class).execute().getEntry()).isEmpty();
        assertThat(clinic.history().onInstance(mine).returnBundle(Bundle.class).execute().getEntry()).isNotEmpty();
    }

    @Test
    void typeLevelHistoryIsRefused() {
        assertRefused(() -> clinic.history().onType(Patient.class).returnBundle(Bundle.class).execute(), "history");
    }

    @Test
    void serverLevelHistoryIsRefused() {
        assertRefused(() -> clinic.history().onServer().returnBundle(Bundle.class).execute(), "history");
    }

    @Test
    void versionReadOfAnotherPatientsDataIsNotFound() {
        assertThatThrownBy(() -> clinic.read().resource(Observation.class)
                .withIdAndVersion(theirObservation.getIdPart(), "1").execute())
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(clinic.read().resource(Observation.class).withIdAndVersion(myObservation.getIdPart(), "1")
                .execute().getIdElement().getVersionIdPart()).isEqualTo("1");
    }

    // --- consent withdrawal

    @Test
    void theNextPageAfterWithdrawalShowsNothingMore() {
        IdType patient = network.newPatient();
        IdType consent = network.consent(patient, CLINIC);
        for (int i = 0; i < 3; i++) {
            network.observation(patient);
        }
        Bundle first = search(clinic, "Observation?patient=" + patient.getIdPart() + "&_count=1");
        assertThat(first.getEntry()).hasSize(1);
        assertThat(first.getLink(Bundle.LINK_NEXT)).isNotNull();

        network.withdraw(consent);

        Bundle next = clinic.loadPage().next(first).execute();
        assertThat(next.getEntry()).isEmpty();
        assertThat(clinic.loadPage().byUrl(first.getLink(Bundle.LINK_SELF).getUrl()).andReturnBundle(Bundle.class)
                .execute().getEntry()).as("the first page again").isEmpty();
    }

    @Test
    void aReadRightAfterWithdrawalIsNotFound() {
        IdType patient = network.newPatient();
        IdType consent = network.consent(patient, CLINIC);
        IdType observation = network.observation(patient);
        assertThat(clinic.read().resource(Observation.class).withId(observation).execute()).isNotNull();

        network.withdraw(consent);

        assertThatThrownBy(() -> clinic.read().resource(Observation.class).withId(observation).execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aConsentThatIsNotAConsentToShareOpensNothing() {
        // An advance directive (事前指示), as a hospital's discharge summary may carry one: permit, naming the clinic.
        IdType patient = network.newPatient();
        IdType observation = network.observation(patient);
        Consent advanceDirective = new Consent().setStatus(Consent.ConsentState.ACTIVE)
                .setPatient(new Reference(patient)).setDateTime(new Date());
        advanceDirective.getScope().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/consentscope")
                .setCode("adr");
        advanceDirective.addCategory().addCoding().setSystem("http://loinc.org").setCode("75320-2");
        advanceDirective.getProvision().setType(Consent.ConsentProvisionType.PERMIT).addActor()
                .setReference(new Reference(CLINIC)).getRole().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ParticipationType").setCode("IRCP");
        advanceDirective.getProvision().getPeriod()
                .setStartElement(new DateTimeType(new Date(System.currentTimeMillis() - 86_400_000L)));
        network.create(advanceDirective);

        assertThatThrownBy(() -> clinic.read().resource(Observation.class).withId(observation).execute())
                .isInstanceOf(ResourceNotFoundException.class);

        network.consent(patient, CLINIC);
        assertThat(clinic.read().resource(Observation.class).withId(observation).execute()).isNotNull();
    }

    // --- transactions and batches

    @Test
    void aTransactionWritingAboutAnotherPatientIsRefusedWhole() {
        IdType nursed = network.newPatient();
        network.consent(nursed, NURSING);
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction.addEntry().setResource(vitalSign(nursed)).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");
        transaction.addEntry().setResource(vitalSign(mine)).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation");

        assertRefused(() -> nursing.transaction().withBundle(transaction).execute(), "patients in the care of");
        assertThat(search(hospital, "Observation?patient=" + nursed.getIdPart()).getEntry())
                .as("rolled back").isEmpty();
    }

    @Test
    void batchEntriesAboutOtherPatientsFailEachOnItsOwn() {
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().setResource(message(theirs, CLINIC)).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Communication");
        batch.addEntry().setResource(message(mine, CLINIC)).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Communication");

        Bundle response = clinic.transaction().withBundle(batch).execute();

        assertThat(response.getEntry()).extracting(entry -> entry.getResponse().getStatus().substring(0, 3))
                .containsExactly("403", "201");
    }

    @Test
    void aBatchPutOfAnotherOrganizationsTaskIsRefused() {
        Task othersTask = hospital.read().resource(Task.class).withId(nursingTaskOfMine).execute();
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().setResource(othersTask.setStatus(Task.TaskStatus.ACCEPTED)).getRequest()
                .setMethod(Bundle.HTTPVerb.PUT).setUrl("Task/" + nursingTaskOfMine.getIdPart());

        assertRefused(() -> clinic.transaction().withBundle(batch).execute(), "PUT");
        assertThat(hospital.read().resource(Task.class).withId(nursingTaskOfMine).execute().getStatus())
                .isEqualTo(Task.TaskStatus.REQUESTED);
    }

    @Test
    void aBatchGetEntryIsRefused() {
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Patient/" + theirs.getIdPart());

        assertRefused(() -> clinic.transaction().withBundle(batch).execute(), "GET");
    }

    @Test
    void aConditionalEntryInATransactionIsRefused() {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction.addEntry().setResource(vitalSign(nursed)).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Observation").setIfNoneExist("patient=" + theirs.getIdPart());

        assertRefused(() -> nursing.transaction().withBundle(transaction).execute(), "Conditional");
    }

    // --- conditional create, update, delete with another patient's match URL

    @Test
    void conditionalCreateMatchingAnotherPatientIsRefused() {
        assertRefused(() -> nursing.create().resource(vitalSign(nursed))
                .conditionalByUrl("Observation?patient=" + theirs.getIdPart()).execute(), "Conditional");
        assertThat(nursing.create().resource(vitalSign(nursed)).execute().getCreated()).as("unconditional").isTrue();
    }

    @Test
    void conditionalUpdateByAnotherPatientsIdentifierIsRefused() {
        assertRefused(() -> clinic.update().resource(hospital.read().resource(Task.class).withId(theirReferral)
                .execute()).conditionalByUrl("Task?patient:identifier=" + theirsId).execute(), "Conditional");
    }

    @Test
    void conditionalDeleteIsRefused() {
        assertRefused(() -> clinic.delete().resourceConditionalByUrl("Observation?patient=" + theirs.getIdPart())
                .execute(), "delete");
        assertThat(hospital.read().resource(Observation.class).withId(theirObservation).execute()).isNotNull();
    }

    @Test
    void aPartnerDeletesNothingNotEvenItsOwnPatientsData() {
        assertRefused(() -> clinic.delete().resourceById(myObservation).execute(), "delete");
    }

    // --- operations, GraphQL, bulk export

    @Test
    void everythingIsRefusedEvenForAnOwnPatient() {
        assertRefused(() -> clinic.operation().onInstance(mine).named("$everything").withNoParameters(Parameters.class)
                .returnResourceType(Bundle.class).execute(), "$everything");
    }

    @Test
    void validateIsRefused() {
        Parameters in = new Parameters();
        in.addParameter().setName("resource").setResource(vitalSign(theirs));
        assertRefused(() -> clinic.operation().onType(Observation.class).named("$validate").withParameters(in)
                .execute(), "$validate");
    }

    @Test
    void theHospitalsIngestOperationIsRefused() throws Exception {
        HttpResponse<String> response = send(network.backend("clinic-aoba"), "POST", "/$ingest-ssmix2?file=x",
                "MSH|^~\\&|");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    }

    @Test
    void graphQlIsNotServed() throws Exception {
        String query = "/$graphql?query=%7BPatientList%7Bid%7D%7D";
        assertThat(send(network.backend("clinic-aoba"), "GET", query, null).statusCode()).isIn(400, 403, 404);
        assertThat(send(SmartBackend.hospitalEhr(port), "GET", query, null).statusCode()).as("for nobody")
                .isIn(400, 404);
    }

    @Test
    void bulkExportIsNotServed() throws Exception {
        assertThat(send(network.backend("clinic-aoba"), "GET", "/$export", null).statusCode()).isIn(400, 403, 404);
        assertThat(send(SmartBackend.hospitalEhr(port), "GET", "/Patient/$export", null).statusCode())
                .as("for nobody").isIn(400, 404);
    }

    @Test
    void systemWideSearchIsNotOpen() throws Exception {
        HttpResponse<String> response = send(network.backend("clinic-aoba"), "GET", "?_type=Patient", null);
        assertThat(response.statusCode()).as(response.body()).isIn(400, 403);
    }

    // --- counts and summaries

    @Test
    void anAccurateTotalIsRefused() {
        assertRefused(() -> search(clinic, "Observation?_total=accurate"), "counts");
    }

    @Test
    void summaryCountIsRefused() {
        assertRefused(() -> search(clinic, "Patient?_summary=count"), "counts");
    }

    @Test
    void countZeroCarriesNoTotal() {
        assertThat(search(clinic, "Patient?_count=0").hasTotal()).isFalse();
        assertThat(search(hospital, "Patient?_count=0").getTotal()).as("the hospital counts").isPositive();
    }

    @Test
    void elementsAndSummaryShowNoOtherPatient() {
        assertThat(search(clinic, "Patient?_elements=identifier&identifier=" + theirsId).getEntry()).isEmpty();
        assertThat(search(clinic, "Patient?_summary=true&identifier=" + mineId).getEntry()).hasSize(1);
        assertThatThrownBy(() -> clinic.read().resource(Patient.class).withId(theirs)
                .elementsSubset("identifier").execute()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void hiddenMatchesLeaveNoNextLink() {
        Bundle page = search(clinic, "Observation?patient=" + theirs.getIdPart() + "&_count=1");

        assertThat(page.getEntry()).isEmpty();
        assertThat(page.getLink(Bundle.LINK_NEXT)).isNull();
    }

    // --- compartments and references by identifier

    @Test
    void compartmentSearchesAreNotServed() throws Exception {
        String path = "/Patient/" + theirs.getIdPart() + "/Observation";
        assertThat(send(network.backend("clinic-aoba"), "GET", path, null).statusCode()).isEqualTo(400);
        assertThat(send(SmartBackend.hospitalEhr(port), "GET", path, null).statusCode()).as("for nobody")
                .isEqualTo(400);
    }

    @Test
    void searchingByTheHospitalPatientIdFindsOnlyConsentedPatients() {
        assertThat(search(clinic, "Patient?identifier=" + theirsId).getEntry()).isEmpty();
        assertThat(ids(search(clinic, "Patient?identifier=" + mineId))).containsExactly(mine.getIdPart());
    }

    @Test
    void aSearchThroughAReferencesIdentifierIsNotServed() {
        assertThatThrownBy(() -> search(clinic, "Observation?subject:identifier=" + theirsId))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(":identifier");
    }

    @Test
    void writingAboutAPatientNamedByIdentifierIsRefused() {
        String theirsValue = theirsId.substring(theirsId.indexOf('|') + 1);
        Observation byIdentifier = vitalSign(nursed).setSubject(new Reference().setIdentifier(new Identifier()
                .setSystem(TestPatients.HOSPITAL_PATIENT_ID_SYSTEM).setValue(theirsValue)));

        assertRefused(() -> nursing.create().resource(byIdentifier).execute(), "patients in the care of");
    }

    @Test
    void writingAboutAPatientNamedByAMatchUrlIsRefused() {
        Observation byMatchUrl = vitalSign(nursed).setSubject(new Reference("Patient?identifier=" + theirsId));

        assertRefused(() -> nursing.create().resource(byMatchUrl).execute(), "patients in the care of");
    }

    // --- other organizations' Tasks

    @Test
    void anotherOrganizationsTaskIsInvisibleAndUnchangeable() {
        assertThatThrownBy(() -> clinic.read().resource(Task.class).withId(nursingTaskOfMine).execute())
                .isInstanceOf(ResourceNotFoundException.class);
        Task othersTask = hospital.read().resource(Task.class).withId(nursingTaskOfMine).execute();
        assertRefused(() -> clinic.update().resource(othersTask.setStatus(Task.TaskStatus.ACCEPTED)).execute(),
                "owner");
    }

    @Test
    void aJsonPatchOfAnotherOrganizationsTaskIsRefused() {
        String accept = "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"accepted\"}]";

        assertThatThrownBy(() -> clinic.patch().withBody(accept).withId(nursingTaskOfMine).execute())
                .isInstanceOfAny(ForbiddenOperationException.class, ResourceNotFoundException.class);
        assertThat(hospital.read().resource(Task.class).withId(nursingTaskOfMine).execute().getStatus())
                .isEqualTo(Task.TaskStatus.REQUESTED);
        IdType own = network.referral(mine, CLINIC);
        clinic.patch().withBody(accept).withId(own).execute();
        assertThat(hospital.read().resource(Task.class).withId(own).execute().getStatus())
                .as("the owner may").isEqualTo(Task.TaskStatus.ACCEPTED);
    }

    @Test
    void aPartnerCannotCreateATaskForItself() {
        Task forged = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
                .setFor(new Reference(theirs)).setOwner(new Reference(CLINIC));
        forged.setId("Task/forged-" + UUID.randomUUID());

        assertRefused(() -> clinic.update().resource(forged).execute(), "");
    }

    // --- tokens

    @Test
    void anotherPartnersKeyCannotObtainTheHospitalsToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI tokenEndpoint = URI.create("http://localhost:" + port + "/oauth2/token");
        var clinicKey = KeyFiles.read(
                DemoPartners.privateKeyFile(SmartBackend.TEST_KEY_DIR, "clinic-aoba"));
        BackendServiceClient pretender = new BackendServiceClient(http, SmartBackend.HOSPITAL_EHR, clinicKey,
                tokenEndpoint);
        String asHospital = new ClientAssertion(SmartBackend.HOSPITAL_EHR, tokenEndpoint.toString(),
                Instant.now().plusSeconds(60), UUID.randomUUID().toString()).signWith(clinicKey);
        String clinicsOwn = new BackendServiceClient(http, "clinic-aoba", clinicKey, tokenEndpoint).newAssertion()
                .signWith(clinicKey);

        assertThat(pretender.send(asHospital, "system/*.rs").statusCode()).as("signed by the wrong key").isEqualTo(401);
        assertThat(pretender.send(clinicsOwn, "system/*.rs").statusCode()).as("the clinic's assertion, hospital id")
                .isEqualTo(401);
    }

    @Test
    void theClinicsTokenActsForTheClinicWhateverTheRequestSays() throws Exception {
        HttpResponse<String> response = send(network.backend("clinic-aoba"), "GET", "/Patient/" + theirs.getIdPart()
                + "?client_id=hospital-ehr", null);

        assertThat(response.statusCode()).isIn(400, 404);
    }

    private Bundle search(IGenericClient client, String url) {
        return client.search().byUrl(url).returnBundle(Bundle.class).execute();
    }

    private String identifier(IdType patient) {
        return TestPatients.HOSPITAL_PATIENT_ID_SYSTEM + "|" + hospital.read().resource(Patient.class).withId(patient)
                .execute().getIdentifierFirstRep().getValue();
    }

    private static List<String> types(Bundle bundle) {
        return bundle.getEntry().stream().map(entry -> entry.getResource().fhirType()).toList();
    }

    private static void assertRefused(ThrowingCallable request, String why) {
        assertThatThrownBy(request).isInstanceOf(ForbiddenOperationException.class).hasMessageContaining(why);
    }

    private HttpResponse<String> send(SmartBackend partner, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = partner.authorize(HttpRequest.newBuilder(
                URI.create(FhirClients.baseUrl(port) + path)));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/hl7-v2");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
