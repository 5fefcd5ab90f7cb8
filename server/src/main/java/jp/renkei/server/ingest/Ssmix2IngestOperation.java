package jp.renkei.server.ingest;

import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.file.Path;
import jp.renkei.mapping.ssmix2.MappingException;
import jp.renkei.mapping.ssmix2.Ssmix2File;
import jp.renkei.mapping.ssmix2.Ssmix2FileName;
import jp.renkei.mapping.ssmix2.Ssmix2Mapping;
import jp.renkei.server.config.OperationProvider;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST /fhir/$ingest-ssmix2?file=<SS-MIX2 file name>} with one HL7 v2 message (ISO-2022-JP, as stored) as the
 * body: maps it and stores the result as one transaction, so a message is stored whole or not at all. The file name
 * is required because it carries what the message alone does not: the data type and the valid/deleted flag.
 * Ingesting the same file again changes nothing (conditional writes on business identifiers).
 */
public final class Ssmix2IngestOperation implements OperationProvider {

    private final Ssmix2Mapping mapping;
    private final IFhirSystemDao<Bundle, Meta> systemDao;

    public Ssmix2IngestOperation(Ssmix2Mapping mapping, IFhirSystemDao<Bundle, Meta> systemDao) {
        this.mapping = mapping;
        this.systemDao = systemDao;
    }

    /** Manual request: the body is HL7 v2, not FHIR, so HAPI must not parse it. */
    @Operation(name = "$ingest-ssmix2", manualRequest = true, idempotent = false)
    public Parameters ingest(RequestDetails request) {
        String fileName = fileName(request);
        Ssmix2File file;
        try {
            file = new Ssmix2File(Path.of(fileName), Ssmix2FileName.parse(fileName), request.loadRequestContents());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("file '" + fileName + "' is not an SS-MIX2 file name: " + e.getMessage());
        }
        Bundle transaction;
        try {
            transaction = mapping.map(file);
        } catch (MappingException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        Bundle response = systemDao.transaction(request, transaction);
        return IngestSummary.of(response).toParameters("file", new StringType(fileName));
    }

    private static String fileName(RequestDetails request) {
        String[] values = request.getParameters().get("file");
        if (values == null || values.length != 1 || values[0].isBlank()) {
            throw new InvalidRequestException("Parameter 'file' is required once: the SS-MIX2 file name of the message, "
                    + "e.g. 9999013_-_ADT-00_999999999999999_20111220224447339_-_1");
        }
        return values[0];
    }
}
