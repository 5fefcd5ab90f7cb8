package jp.renkei.server.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The SMART App Launch discovery document ({@code .well-known/smart-configuration}) for backend services. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SmartConfiguration(
        @JsonProperty("issuer") String issuer,
        @JsonProperty("jwks_uri") String jwksUri,
        @JsonProperty("token_endpoint") String tokenEndpoint,
        @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethods,
        @JsonProperty("token_endpoint_auth_signing_alg_values_supported") List<String> signingAlgorithms,
        @JsonProperty("grant_types_supported") List<String> grantTypes,
        @JsonProperty("scopes_supported") List<String> scopes,
        @JsonProperty("capabilities") List<String> capabilities) {

    public static final List<String> ALGORITHMS = List.of("RS384", "ES384");

    /** A backend-services configuration: private_key_jwt client credentials, SMART v2 scopes. */
    public static SmartConfiguration backendServices(String issuer, String jwksUri, String tokenEndpoint,
            List<String> scopes) {
        return new SmartConfiguration(issuer, jwksUri, tokenEndpoint, List.of("private_key_jwt"), ALGORITHMS,
                List.of("client_credentials"), scopes, List.of("client-confidential-asymmetric", "permission-v2"));
    }
}
