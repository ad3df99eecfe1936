package org.fengqiao.command.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The idempotency keys seen, each with the hash of the request it came with and, once that request succeeded, its
 * response. Keys are hashes of the caller and the key, so neither a caller's key nor a request body is stored; a
 * response holds no personal data (commands answer with ids, numbers and versions). Persistent, so a retry after a
 * restart still finds its key; an entry counts until its expiry.
 * <p>
 * A claim whose request has not answered yet is in flight. It names, once its command is sent, the case the command
 * goes to ({@link #target}), and it has a lease: until the lease ends a retry is told to wait; after it, a retry whose
 * command left no event in that case takes the claim over ({@link #takeOver}) and runs. Whether a command committed
 * is read from the case's events, which carry the key (the events are the one record written in the command's own
 * transaction, on every event store), not from this store.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a request with {@code requestHash}, in flight until {@code leaseUntil}: empty if the claim
     * succeeded (the request may run), otherwise the entry already there (a request in flight has no response yet).
     */
    Optional<Entry> reserve(String key, String requestHash, Instant expiresAt, Instant leaseUntil);

    /** A claim whose lease lasts as long as the entry (for callers that never take a claim over). */
    default Optional<Entry> reserve(String key, String requestHash, Instant expiresAt) {
        return reserve(key, requestHash, expiresAt, expiresAt);
    }

    /** Names the case the claim's command goes to; the first name stays (a request sending two commands). */
    void target(String key, String caseId);

    /**
     * Renews the lease of a claim in flight whose lease, {@code leaseUntil}, has ended: answers whether this caller
     * got it (of two retries at once, one does).
     */
    boolean takeOver(String key, Instant leaseUntil, Instant newLeaseUntil);

    /** Keeps the response of a request that succeeded, for its retries. */
    void complete(String key, StoredResponse response);

    /** Forgets a claim whose request failed, so that a retry runs it again. */
    void release(String key);

    /**
     * An entry: the request's hash and, once it is done, its response ({@code null} while in flight); the case its
     * command went to ({@code null}: none yet) and the end of its lease ({@code null}: as long as the entry).
     */
    record Entry(String requestHash, StoredResponse response, String target, Instant leaseUntil) {

        public Entry(String requestHash, StoredResponse response) {
            this(requestHash, response, null, null);
        }
    }

    /** What a retry gets back: status, content type, {@code Location} (or {@code null}) and the body text. */
    record StoredResponse(int status, String contentType, String location, String body) {
    }
}
