package org.fengqiao.platform.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Chain keys as Base64 text, given directly or in a file. */
final class ChainKeyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ChainKeyFiles() {
    }

    /** The fewest secret bytes taken: as many as the hash's own output (the kernel's {@code ChainKey} checks it too). */
    static final int MIN_LENGTH = 32;

    /** A key given as Base64 text; {@code setting} names where it came from, for the message when it is not one. */
    static byte[] parse(String base64, String setting) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not Base64 (`openssl rand -base64 32` makes a key)");
        }
        if (secret.length < MIN_LENGTH) {
            throw new IllegalStateException(setting + " must be Base64 of at least " + MIN_LENGTH
                    + " random bytes (`openssl rand -base64 32`), not " + secret.length);
        }
        return secret;
    }

    /**
     * The key in {@code file}; when it is absent and {@code create} holds, a new random key is written there first
     * (readable by its owner only, where the file system allows).
     */
    static byte[] read(Path file, boolean create) {
        try {
            if (Files.notExists(file)) {
                if (!create) {
                    throw new IllegalStateException("Refusing to start: the chain key file " + file + " does not exist."
                            + " Every service of a deployment must hash and verify with the same key: write it once"
                            + " (`openssl rand -base64 32 > " + file + "`) and give each service the same file or"
                            + " FENGQIAO_INTEGRITY_CHAIN_KEY.");
                }
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[MIN_LENGTH];
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
            return parse(Files.readString(file, StandardCharsets.US_ASCII), "the chain key file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the chain key file " + file, e);
        }
    }
}
