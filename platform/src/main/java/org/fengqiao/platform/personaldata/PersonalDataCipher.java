package org.fengqiao.platform.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals personal values with their subject's key and opens them again: AES-256-GCM with a fresh 96-bit nonce per
 * value and a 128-bit tag. The subject and a context (the caller's label of the value, e.g. its kind) are
 * authenticated with the value, so a sealed value moved to another subject or context does not open. The sealed
 * form is URL-safe Base64 of nonce, ciphertext and tag; how it is written into a message is the caller's business.
 */
public class PersonalDataCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SubjectKeyStore keys;

    public PersonalDataCipher(SubjectKeyStore keys) {
        this.keys = keys;
    }

    /** {@code text} sealed for {@code subject}; creates the subject's key on its first value. */
    public String seal(String subject, String context, String text) {
        SecretKey key = keys.keyFor(subject);
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associated(subject, context));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a personal value", e);
        }
    }

    /**
     * The plain text of {@code value}; empty when its subject's key was destroyed (erased) or never existed. A value
     * that does not open with its subject's key (altered, or moved from another subject) is an error.
     */
    public Optional<String> open(String subject, String context, String sealed) {
        Optional<SecretKey> key = keys.find(subject);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] data;
        try {
            data = Base64.getUrlDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a sealed value of " + subject + " is not Base64");
        }
        if (data.length <= NONCE) {
            throw new IllegalArgumentException("a sealed value of " + subject + " is truncated");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, data, 0, NONCE));
            cipher.updateAAD(associated(subject, context));
            return Optional.of(new String(cipher.doFinal(data, NONCE, data.length - NONCE), StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("a sealed value of " + subject + " does not open with its key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a personal value", e);
        }
    }

    /** Whether the subject's key still exists, i.e. its values can be read. */
    public boolean readable(String subject) {
        return keys.find(subject).isPresent();
    }

    private static byte[] associated(String subject, String context) {
        return (subject + "\n" + context).getBytes(StandardCharsets.UTF_8);
    }
}
