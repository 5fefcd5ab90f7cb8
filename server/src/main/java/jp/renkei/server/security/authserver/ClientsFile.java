package jp.renkei.server.security.authserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real partners, registered in a JSON file ({@code renkei.security.clients-file}):
 * <pre>{"clients": [{"client_id": "…", "organization": "Organization/…", "scope": "system/*.rs system/Task.u",
 *                 "jwks": {"keys": [ public JWK, … ]}}]}</pre>
 * The same shape as SMART's dynamic registration metadata, so a partner can hand over what it would send there.
 */
public final class ClientsFile {

    private ClientsFile() {}

    public static List<RegisteredPartner> read(Path file, ObjectMapper json) {
        try {
            List<RegisteredPartner> partners = new ArrayList<>();
            for (JsonNode client : json.readTree(file.toFile()).path("clients")) {
                String clientId = required(client, "client_id", file);
                if (!client.path("jwks").isObject()) {
                    throw new IllegalStateException(file + ": client " + clientId + " has no jwks");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> jwks = json.convertValue(client.path("jwks"), Map.class);
                partners.add(new RegisteredPartner(clientId, required(client, "organization", file),
                        List.of(required(client, "scope", file).trim().split("\\s+")), JWKSet.parse(jwks)));
            }
            return partners;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the clients file " + file, e);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalStateException("Bad client registration in " + file + ": " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode client, String field, Path file) {
        String value = client.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalStateException(file + ": a client has no " + field);
        }
        return value;
    }
}
