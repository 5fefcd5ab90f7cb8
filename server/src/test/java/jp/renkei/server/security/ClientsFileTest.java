package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.server.security.authserver.ClientsFile;
import jp.renkei.server.security.authserver.RegisteredPartner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientsFileTest {

    @TempDir
    Path dir;

    @Test
    void registersAPartnerWithItsPublicKeys() throws Exception {
        JWK key = KeyFiles.generate(JWSAlgorithm.ES384);
        Path file = write(key.toPublicJWK().toJSONString());

        RegisteredPartner partner = ClientsFile.read(file, new ObjectMapper()).get(0);

        assertThat(partner.clientId()).isEqualTo("aoba-emr");
        assertThat(partner.organization()).isEqualTo("Organization/renkei-demo-clinic-aoba");
        assertThat(partner.scopes()).containsExactly("system/*.rs", "system/Task.u");
        assertThat(partner.publicKeys().getKeyByKeyId(key.getKeyID())).isNotNull();
    }

    @Test
    void refusesAPrivateKey() throws Exception {
        Path file = write(KeyFiles.generate(JWSAlgorithm.RS384).toJSONString());

        assertThatThrownBy(() -> ClientsFile.read(file, new ObjectMapper()))
                .hasMessageContaining("no private key");
    }

    @Test
    void aKeyFileIsReadableByItsOwnerOnlyAndKeptAcrossLoads() throws Exception {
        Path keyFile = dir.resolve("clients/x.private.jwk");
        JWK first = KeyFiles.loadOrGenerate(keyFile, JWSAlgorithm.ES384);

        assertThat(KeyFiles.loadOrGenerate(keyFile, JWSAlgorithm.ES384)).isEqualTo(first);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
    }

    private Path write(String jwk) throws Exception {
        Path file = dir.resolve("clients.json");
        Files.writeString(file, """
                {"clients": [{"client_id": "aoba-emr", "organization": "Organization/renkei-demo-clinic-aoba",
                              "scope": "system/*.rs system/Task.u", "jwks": {"keys": [%s]}}]}""".formatted(jwk));
        return file;
    }
}
