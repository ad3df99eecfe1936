package org.fengqiao.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * The token issuer of the integration tests: an RSA key pair made once per test JVM, whose public key the shared
 * application takes bearer JWTs with (as the {@code production} profile takes its issuer's), for the audience
 * {@value #AUDIENCE}. The tests sign tokens with the private key, or with a key of another issuer.
 */
final class TestTokens {

    static final String AUDIENCE = "fengqiao-api";

    private static TestTokens instance;

    private final KeyPair keys;
    private final KeyPair stranger;
    private final Path publicKey;

    private TestTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            stranger = generator.generateKeyPair();
            publicKey = Files.createTempFile("fengqiao-it-issuer-", ".pem");
            publicKey.toFile().deleteOnExit();
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized TestTokens get() {
        if (instance == null) {
            instance = new TestTokens();
        }
        return instance;
    }

    /** What the shared application needs to take this issuer's tokens (and HTTP Basic, as before). */
    Map<String, String> properties() {
        return Map.of("fengqiao.security.authentication", "jwt",
                "spring.security.oauth2.resourceserver.jwt.public-key-location", publicKey.toUri().toString(),
                "spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
    }

    /** A token with these claims, valid for five minutes, signed by this issuer. */
    String sign(Map<String, Object> claims) {
        return sign(claims, keys.getPrivate());
    }

    /** The same signed by a key the application does not know. */
    String signAsStranger(Map<String, Object> claims) {
        return sign(claims, stranger.getPrivate());
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
