package org.fengqiao.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fengqiao.command.idempotency.IdempotencyStore;
import org.fengqiao.command.idempotency.IdempotencyStore.Entry;
import org.fengqiao.command.idempotency.IdempotencyStore.StoredResponse;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.fengqiao.platform.security.BodyLimitFilter;
import org.fengqiao.platform.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every POST safe to retry. With an {@code Idempotency-Key} header (1 to 200 visible ASCII characters), the
 * first request claims the key for its caller and runs; when it succeeds (2xx) its response is kept for
 * {@code fengqiao.idempotency.ttl} (24 h). A retry with the same key and the same request (method, path, body) gets
 * that response again, marked {@code Idempotent-Replayed: true}, and nothing runs twice; the same key with another
 * request answers 422 {@code IDEMPOTENCY_KEY_REUSED}. A refused request (4xx) keeps nothing, so its retry runs again.
 * Runs after Spring Security: keys belong to the authenticated caller.
 * <p>
 * A request that did not answer (a crash, a 5xx such as 503 {@code COMMAND_TIMEOUT}) may have committed its command
 * all the same, or may still commit it: its claim stays in flight. A retry then looks in the events of the case the
 * command went to, which carry the key ({@link CommittedRequests}): found, it gets the response the request would
 * have had, kept from then on; not found, it is told to wait (409 {@code IDEMPOTENCY_KEY_IN_FLIGHT} with
 * {@code Retry-After}) until the claim's lease, {@code fengqiao.idempotency.lease} (1 min, longer than any command
 * takes to commit), has ended, and then runs in its place.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** The request attribute holding the claimed key's hash, for {@link CaseCommands} to put on the command. */
    static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyStore store;
    private final CommittedRequests committed;
    private final Duration ttl;
    private final Duration lease;
    private final Clock clock = Clock.systemUTC();

    IdempotencyFilter(IdempotencyStore store, EventStore eventStore, ObjectMapper json,
            @Value("${fengqiao.idempotency.ttl:24h}") Duration ttl,
            @Value("${fengqiao.idempotency.lease:1m}") Duration lease) {
        this.store = store;
        this.committed = new CommittedRequests(eventStore, json);
        this.ttl = ttl;
        this.lease = lease;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            ProblemDocuments.write(request, response, HttpStatus.BAD_REQUEST, "INVALID_VALUE", "Invalid value",
                    HEADER + " must be 1 to 200 visible ASCII characters, e.g. a UUID");
            return;
        }
        String caller = Caller.current().map(Caller::name).orElse("");
        String keyHash = sha256(caller.getBytes(StandardCharsets.UTF_8), new byte[] {0},
                key.getBytes(StandardCharsets.UTF_8));
        byte[] body = BodyLimitFilter.bodyOf(request);
        String requestHash = sha256((request.getMethod() + " " + request.getRequestURI()).getBytes(
                StandardCharsets.UTF_8), new byte[] {0}, body == null ? new byte[0] : body);
        Instant now = clock.instant();
        Optional<Entry> existing = store.reserve(keyHash, requestHash, now.plus(ttl), now.plus(lease));
        if (existing.isPresent() && !answerExisting(existing.get(), keyHash, requestHash, request, response)) {
            return;
        }
        request.setAttribute(KEY_ATTRIBUTE, keyHash);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        int status = HttpStatus.INTERNAL_SERVER_ERROR.value();
        try {
            chain.doFilter(request, recorded);
            status = recorded.getStatus();
            if (status >= 200 && status < 300) {
                store.complete(keyHash, new StoredResponse(status, recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
            }
        } finally {
            // a refused request appended nothing; after a 5xx (or an exception) the command may commit yet
            if (status >= 400 && status < 500) {
                store.release(keyHash);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * Answers a request whose key is taken, or answers true when the request is to run after all: its claim was in
     * flight, its command left no event and the claim's lease had ended, so it has taken the claim over.
     */
    private boolean answerExisting(Entry entry, String keyHash, String requestHash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!entry.requestHash().equals(requestHash)) {
            ProblemDocuments.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "Idempotency key reused", "This " + HEADER + " was used with another request (method, path or "
                            + "body); use a new key for a new request.");
            return false;
        }
        StoredResponse stored = entry.response();
        if (stored == null && entry.target() != null) {
            stored = committed.responseOf(entry.target(), keyHash).orElse(null);
            if (stored != null) {
                store.complete(keyHash, stored);
            }
        }
        if (stored == null) {
            Instant now = clock.instant();
            if (entry.leaseUntil() != null && now.isAfter(entry.leaseUntil())
                    && store.takeOver(keyHash, entry.leaseUntil(), now.plus(lease))) {
                return true;
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemDocuments.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_FLIGHT",
                    "Request in progress", "The first request with this " + HEADER + " has not answered yet; retry "
                            + "shortly to get its response.");
            return false;
        }
        replay(stored, response);
        return false;
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        byte[] bytes = stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
