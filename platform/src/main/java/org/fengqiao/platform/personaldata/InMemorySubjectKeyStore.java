package org.fengqiao.platform.personaldata;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Subject keys in memory, for tests and trials: they die with the process, and so does every sealed value. */
public class InMemorySubjectKeyStore implements SubjectKeyStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A subject's key; empty once destroyed. */
    private final Map<String, Optional<SecretKey>> keys = new ConcurrentHashMap<>();

    @Override
    public SecretKey keyFor(String subject) {
        return keys.computeIfAbsent(subject, s -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            return Optional.of(new SecretKeySpec(fresh, "AES"));
        }).orElseThrow(() -> new SubjectErasedException(subject));
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        return keys.getOrDefault(subject, Optional.empty());
    }

    @Override
    public void destroy(String subject) {
        keys.put(subject, Optional.empty());
    }
}
