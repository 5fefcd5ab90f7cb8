package jp.renkei.server.security.client;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import jp.renkei.server.security.KeyFiles;
import jp.renkei.server.security.authserver.DemoPartners;

/**
 * Prints an access token for a registered client, obtained like a partner system would: discovery, then a
 * private_key_jwt client assertion signed with the client's key.
 *
 * <pre>java -cp 'server/target/renkei-server/renkei-server.jar:server/target/renkei-server/lib/*' \
 *     jp.renkei.server.security.client.ClientTokenCommand hospital-ehr http://localhost:8080/fhir [scope] [key file]</pre>
 *
 * The key file defaults to the demo client's, {@code ./data/clients/<client>.private.jwk} ({@code RENKEI_KEY_DIR}
 * changes {@code ./data}); the scope to everything the demo client is registered for.
 */
public final class ClientTokenCommand {

    private ClientTokenCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: ClientTokenCommand <client id> <FHIR base URL, e.g. http://localhost:8080/fhir>"
                    + " [scope] [private JWK file]");
            System.exit(2);
        }
        String clientId = args[0];
        Path keyDir = Path.of(System.getenv().getOrDefault("RENKEI_KEY_DIR", "./data"));
        Path keyFile = args.length > 3 ? Path.of(args[3]) : DemoPartners.privateKeyFile(keyDir, clientId);
        String scope = args.length > 2 ? args[2] : DemoPartners.DEFINITIONS.stream()
                .filter(definition -> definition.clientId().equals(clientId)).findFirst()
                .map(DemoPartners.Definition::scopes)
                .orElseThrow(() -> new IllegalArgumentException("Not a demo client, give the scope: " + clientId));
        System.out.println(token(HttpClient.newHttpClient(), clientId, KeyFiles.read(keyFile), args[1], scope));
    }

    static String token(HttpClient http, String clientId, JWK key, String fhirBase, String scope) throws Exception {
        URI tokenEndpoint = BackendServiceClient.discoverTokenEndpoint(http, fhirBase);
        return new BackendServiceClient(http, clientId, key, tokenEndpoint).requestToken(scope).value();
    }
}
