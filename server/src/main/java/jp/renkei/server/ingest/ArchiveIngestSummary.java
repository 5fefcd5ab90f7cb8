package jp.renkei.server.ingest;

import java.util.List;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * What ingesting a zip of SS-MIX2 files did: how many files were accepted, skipped (data types not mapped) and
 * refused, then one {@code result} per file with its counts, why it was skipped or the reason it was refused.
 */
record ArchiveIngestSummary(List<Stored> stored, List<Rejection> rejected) {

    record Stored(String file, IngestSummary summary) {}

    record Rejection(String file, String reason) {}

    Parameters toParameters() {
        Parameters parameters = new Parameters();
        int skipped = (int) stored.stream().filter(file -> file.summary().skipped().isPresent()).count();
        parameters.addParameter().setName("accepted").setValue(new IntegerType(stored.size() - skipped));
        parameters.addParameter().setName("skipped").setValue(new IntegerType(skipped));
        parameters.addParameter().setName("rejected").setValue(new IntegerType(rejected.size()));
        for (Stored file : stored) {
            result(parameters).getPart().addAll(file.summary().toParameters("file", new StringType(file.file())).getParameter());
        }
        for (Rejection file : rejected) {
            ParametersParameterComponent result = result(parameters);
            result.addPart().setName("file").setValue(new StringType(file.file()));
            result.addPart().setName("rejected").setValue(new StringType(file.reason()));
        }
        return parameters;
    }

    private static ParametersParameterComponent result(Parameters parameters) {
        return parameters.addParameter().setName("result");
    }
}
