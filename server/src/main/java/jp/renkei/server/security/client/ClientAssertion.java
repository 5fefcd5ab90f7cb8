package jp.renkei.server.security.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;

/**
 * A SMART Backend Services client assertion (RFC 7523): {@code iss} = {@code sub} = client id, {@code aud} = the token
 * endpoint, a short {@code exp} and a unique {@code jti}, signed ES384 with an EC key and RS384 with an RSA key.
 */
public record ClientAssertion(String clientId, String tokenEndpoint, Instant expiresAt, String jti) {

    public String signWith(JWK privateKey) {
        try {
            JWSAlgorithm algorithm = privateKey instanceof ECKey ? JWSAlgorithm.ES384 : JWSAlgorithm.RS384;
            JWSSigner signer = privateKey instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner(privateKey.toRSAKey());
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(privateKey.getKeyID()).build(),
                    new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(tokenEndpoint)
                            .expirationTime(Date.from(expiresAt)).jwtID(jti).build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a client assertion for " + clientId, e);
        }
    }
}
