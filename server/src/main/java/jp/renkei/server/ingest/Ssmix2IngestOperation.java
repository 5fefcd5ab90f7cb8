package jp.renkei.server.ingest;

import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.renkei.mapping.ssmix2.HospitalIdentity;
import jp.renkei.mapping.ssmix2.MappingException;
import jp.renkei.mapping.ssmix2.Ssmix2Archive;
import jp.renkei.mapping.ssmix2.Ssmix2File;
import jp.renkei.mapping.ssmix2.Ssmix2FileName;
import jp.renkei.mapping.ssmix2.Ssmix2Mapping;
import jp.renkei.server.config.OperationProvider;
import jp.renkei.server.security.CallingPartner;
import jp.renkei.server.validation.ValidatedRequest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.util.unit.DataSize;

/**
 * {@code POST /fhir/$ingest-ssmix2}, two ways:
 * <ul>
 *   <li>{@code ?file=<SS-MIX2 file name>} with one HL7 v2 message (ISO-2022-JP, as stored) as the body. The file name
 *       is required because it carries what the message alone does not: the data type and the valid/deleted flag.
 *       A message that cannot be mapped is refused with 400; one of a data type Renkei does not map is answered as
 *       {@code skipped}.</li>
 *   <li>a zip of a storage tree ({@code Content-Type: application/zip}): every SS-MIX2 file in it, in storage order;
 *       a file that cannot be mapped or stored is reported and the rest go on.</li>
 * </ul>
 * Each message is mapped and stored as one transaction, with its row in the delivery ledger, so a message is stored
 * whole or not at all (a zip saves only the request per file: src/bench, {@code ssmix2-zip}). Ingesting the
 * same file again changes nothing: a file already applied (same name, same bytes) is answered from
 * {@link Ssmix2Deliveries} without mapping, and every write is conditional on a business identifier anyway.
 * A file is one version of a record (an order, a report, the problem list): a newer version withdraws what the
 * latest applied one said and it does not ({@link RecordWithdrawals}), and an older one than that is not applied;
 * an admission's Encounter, which every ADT file of the stay writes, stays at its latest event and keeps the beds of
 * the earlier ones ({@link AdmissionEventOrder}).
 */
public final class Ssmix2IngestOperation implements OperationProvider {

    private static final String ZIP = "application/zip";
    private static final int CONFLICT_RETRIES = 3;

    private final HospitalIdentity hospital;
    private final Ssmix2Mapping mapping;
    private final IHapiTransactionService transactions;
    private final RecordWriter writer;
    private final Ssmix2Deliveries deliveries;
    private final RecordWithdrawals withdrawals;
    private final AdmissionEventOrder admissionEvents;
    private final DataSize maxArchiveSize;

    Ssmix2IngestOperation(HospitalIdentity hospital, IHapiTransactionService transactions, RecordWriter writer,
            Ssmix2Deliveries deliveries, StoredResources stored, DataSize maxArchiveSize) {
        this.hospital = hospital;
        this.mapping = Ssmix2Mapping.forHospital(hospital);
        this.transactions = transactions;
        this.writer = writer;
        this.deliveries = deliveries;
        this.withdrawals = new RecordWithdrawals(stored);
        this.admissionEvents = new AdmissionEventOrder(hospital, stored);
        this.maxArchiveSize = maxArchiveSize;
    }

    /** Manual request: the body is HL7 v2 or a zip, not FHIR, so HAPI must not parse it. */
    @Operation(name = "$ingest-ssmix2", manualRequest = true, idempotent = false)
    public Parameters ingest(RequestDetails request) {
        // Messages of one patient may arrive side by side: a lost conditional-create race is retried (IngestConfig).
        request.setRetry(true);
        request.setMaxRetries(CONFLICT_RETRIES);
        ValidatedRequest.mark(request, "$ingest-ssmix2");
        String contentType = request.getHeader("Content-Type");
        return contentType != null && contentType.startsWith(ZIP) ? ingestArchive(request) : ingestMessage(request);
    }

    private Parameters ingestMessage(RequestDetails request) {
        String fileName = fileName(request);
        Ssmix2File file;
        try {
            file = new Ssmix2File(Path.of(fileName), Ssmix2FileName.parse(fileName), request.loadRequestContents());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("file '" + fileName + "' is not an SS-MIX2 file name: " + e.getMessage());
        }
        return store(request, file).toParameters("file", new StringType(fileName));
    }

    private Parameters ingestArchive(RequestDetails request) {
        List<Ssmix2File> files;
        try {
            files = Ssmix2Archive.unpack(request.loadRequestContents(), maxArchiveSize.toBytes());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("The SS-MIX2 archive cannot be read: " + e.getMessage());
        }
        List<ArchiveIngestSummary.Stored> stored = new ArrayList<>();
        List<ArchiveIngestSummary.Rejection> rejected = new ArrayList<>();
        for (Ssmix2File file : files) {
            try {
                stored.add(new ArchiveIngestSummary.Stored(file.path().toString(), store(request, file)));
            } catch (BaseServerResponseException e) {
                rejected.add(new ArchiveIngestSummary.Rejection(file.path().toString(), e.getMessage()));
            }
        }
        return new ArchiveIngestSummary(stored, rejected).toParameters();
    }

    private IngestSummary store(RequestDetails request, Ssmix2File file) {
        if (!mapping.supports(file)) {
            return skipped(file);
        }
        Ssmix2Deliveries.Delivery delivery = deliveries.of(
                CallingPartner.of(request).flatMap(CallingPartner::organization).orElse(""), file);
        Ssmix2Deliveries.RecordVersions versions = deliveries.versions(delivery);
        Optional<Integer> applied = versions.resourcesIfApplied(delivery);
        if (applied.isPresent()) {
            return IngestSummary.unchanged(applied.get());
        }
        Optional<Ssmix2Deliveries.AppliedVersion> latest = versions.latest();
        if (latest.isPresent() && latest.get().name().isLaterVersionThan(file.name())) {
            // An old version sent late (a storage copied back, a re-sent backlog) must not undo the newer one.
            return IngestSummary.superseded(latest.get().name().fileName());
        }
        // The file's resources and its ledger row commit together; a lost race is retried whole, mapped afresh.
        return transactions.withRequest(request).execute(() -> apply(request, file, delivery, latest));
    }

    private IngestSummary apply(RequestDetails request, Ssmix2File file, Ssmix2Deliveries.Delivery delivery,
            Optional<Ssmix2Deliveries.AppliedVersion> latest) {
        Bundle transaction;
        try {
            transaction = mapping.map(file);
        } catch (MappingException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        RecordItems items = RecordItems.of(transaction, hospital.recordSystem());
        latest.ifPresent(earlier -> withdrawals.addTo(transaction, earlier.items().missingFrom(items)));
        admissionEvents.apply(transaction, file.name());
        IngestSummary summary = writer.write(request, transaction);
        deliveries.record(delivery, items, transaction.getEntry().size());
        return summary;
    }

    /**
     * A storage holds every data type its EHR writes (diet orders, radiology …): one Renkei does not map is no error
     * of the file, and is skipped. A data type that standardized storage does not have is refused.
     */
    private IngestSummary skipped(Ssmix2File file) {
        String dataType = file.name().dataType();
        String mapped = " (mapped: " + String.join(", ", mapping.dataTypes()) + ")";
        if (!file.name().hasStandardDataType()) {
            throw new InvalidRequestException("file '" + file.fileName() + "': unknown data type " + dataType
                    + ", not one of SS-MIX2 standardized storage" + mapped);
        }
        return IngestSummary.skipped("data type " + dataType + " is not mapped by Renkei, nothing stored" + mapped);
    }

    private static String fileName(RequestDetails request) {
        String[] values = request.getParameters().get("file");
        if (values == null || values.length != 1 || values[0].isBlank()) {
            throw new InvalidRequestException("Parameter 'file' is required once: the SS-MIX2 file name of the message, "
                    + "e.g. 9999013_-_ADT-00_999999999999999_20111220224447339_-_1 (or send a zip of a storage tree "
                    + "as " + ZIP + ")");
        }
        return values[0];
    }
}
