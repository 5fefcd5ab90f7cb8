package jp.renkei.server.ingest;

import ca.uhn.fhir.model.api.StorageResponseCodeEnum;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * What one ingested file or document did to the record: resources created, updated, and left unchanged (a
 * re-delivery), read from the storage outcome HAPI puts on each entry of the transaction response. Or nothing, for an
 * SS-MIX2 file that was not applied: its data type is not mapped ({@code skipped}, why), or a later version of its
 * record was applied already ({@code supersededBy}, that file's name).
 */
record IngestSummary(int created, int updated, int unchanged, Optional<String> skipped,
        Optional<String> supersededBy) {

    /** What filing {@code resources} resources that are all stored as they are already does. */
    static IngestSummary unchanged(int resources) {
        return new IngestSummary(0, 0, resources, Optional.empty(), Optional.empty());
    }

    /** A file not read, for {@code reason}; sent again once it can be read, it is applied then. */
    static IngestSummary skipped(String reason) {
        return new IngestSummary(0, 0, 0, Optional.of(reason), Optional.empty());
    }

    /** A file not applied because {@code laterFile}, a later version of its record, was. */
    static IngestSummary superseded(String laterFile) {
        return new IngestSummary(0, 0, 0, Optional.empty(), Optional.of(laterFile));
    }

    static IngestSummary of(Bundle transactionResponse) {
        Tally tally = new Tally();
        transactionResponse.getEntry().forEach(entry -> tally.add(effect(entry.getResponse())));
        return tally.summary();
    }

    /** The summary as operation output, after the parameter naming what was ingested (e.g. {@code file}). */
    Parameters toParameters(String sourceName, Type source) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName(sourceName).setValue(source);
        parameters.addParameter().setName("created").setValue(new IntegerType(created));
        parameters.addParameter().setName("updated").setValue(new IntegerType(updated));
        parameters.addParameter().setName("unchanged").setValue(new IntegerType(unchanged));
        skipped.ifPresent(reason -> parameters.addParameter().setName("skipped").setValue(new StringType(reason)));
        supersededBy.ifPresent(later -> parameters.addParameter().setName("supersededBy").setValue(new StringType(later)));
        return parameters;
    }

    /** What writing one resource did. */
    enum Effect { CREATED, UPDATED, UNCHANGED }

    /** Counts the effects of a transaction's writes. */
    static final class Tally {
        private int created;
        private int updated;
        private int unchanged;

        void add(Effect effect) {
            switch (effect) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        IngestSummary summary() {
            return new IngestSummary(created, updated, unchanged, Optional.empty(), Optional.empty());
        }
    }

    private static Effect effect(Bundle.BundleEntryResponseComponent response) {
        String code = storageCode(response);
        if (code.endsWith("NO_CHANGE") || code.equals(StorageResponseCodeEnum.SUCCESSFUL_CREATE_WITH_CONDITIONAL_MATCH.name())) {
            return Effect.UNCHANGED;
        }
        if (code.startsWith("SUCCESSFUL_CREATE") || code.equals(StorageResponseCodeEnum.SUCCESSFUL_UPDATE_AS_CREATE.name())
                || code.equals(StorageResponseCodeEnum.SUCCESSFUL_UPDATE_NO_CONDITIONAL_MATCH.name())
                || response.getStatus().startsWith("201")) {
            return Effect.CREATED;
        }
        return Effect.UPDATED;
    }

    private static String storageCode(Bundle.BundleEntryResponseComponent response) {
        if (!(response.getOutcome() instanceof OperationOutcome outcome)) {
            return "";
        }
        return outcome.getIssue().stream()
                .flatMap(issue -> issue.getDetails().getCoding().stream())
                .filter(coding -> StorageResponseCodeEnum.SYSTEM.equals(coding.getSystem()))
                .map(Coding::getCode)
                .findFirst()
                .orElse("");
    }
}
