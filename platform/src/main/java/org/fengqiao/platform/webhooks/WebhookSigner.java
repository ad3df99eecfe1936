package org.fengqiao.platform.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing (standardwebhooks.com): the signed content is {@code id.timestamp.body}, signed with
 * HMAC-SHA256 under the base64 key after the {@code whsec_} prefix; the headers are {@code webhook-id},
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}, a space-separated list of
 * {@code v1,<base64 signature>}, one per secret, so that a receiver keeps verifying during a secret rotation.
 */
public final class WebhookSigner {

    public static final String PREFIX = "whsec_";
    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Whether a text is a secret this signer can use. */
    public static boolean isSecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(secret.substring(PREFIX.length())).length >= 24;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The three headers of a delivery signed with every one of {@code secrets}, in their order. */
    public static Map<String, String> headers(String id, long timestampSeconds, String body, List<String> secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, id);
        headers.put(TIMESTAMP, Long.toString(timestampSeconds));
        headers.put(SIGNATURE, String.join(" ", secrets.stream().map(secret -> "v1," + sign(secret, id,
                timestampSeconds, body)).toList()));
        return headers;
    }

    /** The base64 HMAC-SHA256 of {@code id.timestamp.body} under the secret. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        if (!isSecret(secret)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX + " and holds base64");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether one of the {@code v1} signatures of a {@code webhook-signature} header verifies under the secret. */
    public static boolean verifies(String secret, String id, long timestampSeconds, String body, String header) {
        byte[] expected = sign(secret, id, timestampSeconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String signature : header.split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
