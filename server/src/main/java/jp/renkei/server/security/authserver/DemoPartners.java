package jp.renkei.server.security.authserver;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Path;
import java.util.List;
import jp.renkei.server.security.KeyFiles;

/**
 * The demo network's partner systems, one per kind of participant, each bound to its demo Organization. Their private
 * keys are generated at first start into {@code <key dir>/clients/<client id>.private.jwk}, so a newcomer can get a
 * token right away; two sign with ES384 and the others with RS384, so both SMART algorithms are in use.
 */
public final class DemoPartners {

    /** A demo partner before its key exists. */
    public record Definition(String clientId, String organizationId, String scopes, JWSAlgorithm algorithm) {}

    public static final List<Definition> DEFINITIONS = List.of(
            // The hospital's EHR pushes everything (discharge summaries, referrals, SS-MIX2) and reads back.
            new Definition("hospital-ehr", "renkei-demo-hospital", "system/*.cruds", JWSAlgorithm.RS384),
            // A clinic reads what was sent to it, accepts referrals (Task) and answers.
            new Definition("clinic-aoba", "renkei-demo-clinic-aoba",
                    "system/*.rs system/Task.u system/Communication.c system/DocumentReference.c", JWSAlgorithm.ES384),
            // A care manager reads and keeps the support plan (CarePlan) and its team up to date.
            new Definition("care-manager", "renkei-demo-care-manager-office",
                    "system/*.rs system/Task.u system/Communication.c system/CarePlan.cu system/CareTeam.cu",
                    JWSAlgorithm.RS384),
            // A visiting nursing station reads and reports observations back.
            new Definition("visiting-nursing", "renkei-demo-visiting-nursing-station",
                    "system/*.rs system/Task.u system/Communication.c system/Observation.c", JWSAlgorithm.ES384),
            // The network's auditor (at the hospital's liaison office, which runs the network) reads the audit trail.
            new Definition("auditor", "renkei-demo-liaison-office", "system/AuditEvent.rs", JWSAlgorithm.RS384));

    private DemoPartners() {}

    public static Path privateKeyFile(Path keyDir, String clientId) {
        return keyDir.resolve("clients").resolve(clientId + ".private.jwk");
    }

    /** The demo partners, their keys generated first where missing. */
    public static List<RegisteredPartner> register(Path keyDir) {
        return DEFINITIONS.stream().map(definition -> {
            JWK key = KeyFiles.loadOrGenerate(privateKeyFile(keyDir, definition.clientId()), definition.algorithm());
            return new RegisteredPartner(definition.clientId(), "Organization/" + definition.organizationId(),
                    List.of(definition.scopes().split(" ")), new JWKSet(key.toPublicJWK()));
        }).toList();
    }
}
