package org.fengqiao.command.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys seen, each with the hash of the request it came with and, once that request succeeded, its
 * response. Keys are hashes of the caller and the key, so neither a caller's key nor a request body is stored; a
 * response holds no personal data (commands answer with ids, numbers and versions). Persistent, so a retry after a
 * restart still finds its key; an entry counts until its expiry.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a request with {@code requestHash}: empty if the claim succeeded (the request may run),
     * otherwise the entry already there (a request in flight has no response yet).
     */
    Optional<Entry> reserve(String key, String requestHash, Instant expiresAt);

    /** Keeps the response of a request that succeeded, for its retries. */
    void complete(String key, StoredResponse response);

    /** Forgets a claim whose request failed, so that a retry runs it again. */
    void release(String key);

    /** An entry: the request's hash and, once it is done, its response ({@code null} while in flight). */
    record Entry(String requestHash, StoredResponse response) {
    }

    /** What a retry gets back: status, content type, {@code Location} (or {@code null}) and the body text. */
    record StoredResponse(int status, String contentType, String location, String body) {
    }
}
