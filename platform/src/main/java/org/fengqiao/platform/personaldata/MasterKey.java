package org.fengqiao.platform.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps the subjects' keys before they are stored (envelope encryption), so a copy of the key store
 * alone opens nothing. It comes from configuration ({@code fengqiao.personal-data.master-key}, Base64 of 32 bytes,
 * e.g. from a secret manager) or, on the embedded default, from a file of its own that is created on first start.
 * {@link #id()} names it in every wrapped key, so a rotation can tell which master key a stored key needs.
 */
public final class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKey key;
    private final String id;

    private MasterKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes (AES-256), Base64-encoded");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        try {
            this.id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A master key given as Base64 text. */
    public static MasterKey of(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fengqiao.personal-data.master-key is not Base64 of 32 bytes");
        }
    }

    /** The master key in {@code file}, created (readable by its owner only, where the file system allows) if absent. */
    public static MasterKey fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.TRUNCATE_EXISTING);
            }
            return of(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key file " + file, e);
        }
    }

    /** A short, non-secret name of this key (the first bytes of its SHA-256). */
    public String id() {
        return id;
    }

    /** {@code subjectKey} encrypted under this key, bound to {@code subject}: nonce followed by ciphertext and tag. */
    byte[] wrap(String subject, SecretKey subjectKey) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(subjectKey.getEncoded());
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a subject key", e);
        }
    }

    /** The subject key that {@link #wrap} wrapped; fails if it was wrapped for another subject or another key. */
    SecretKey unwrap(String subject, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, wrapped, 0, NONCE));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(cipher.doFinal(wrapped, NONCE, wrapped.length - NONCE), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored subject key does not open with master key " + id, e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
