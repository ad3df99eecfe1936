package org.fengqiao.command.web;

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
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * request answers 422 {@code IDEMPOTENCY_KEY_REUSED}; a retry while the first is still running answers 409
 * {@code IDEMPOTENCY_KEY_IN_FLIGHT} with {@code Retry-After}. A failed request (4xx, 5xx) keeps nothing, so its
 * retry runs again. Runs after Spring Security: keys belong to the authenticated caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyStore store;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();

    IdempotencyFilter(IdempotencyStore store, @Value("${fengqiao.idempotency.ttl:24h}") Duration ttl) {
        this.store = store;
        this.ttl = ttl;
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
        Optional<Entry> existing = store.reserve(keyHash, requestHash, clock.instant().plus(ttl));
        if (existing.isPresent()) {
            answerExisting(existing.get(), requestHash, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (status >= 200 && status < 300) {
                store.complete(keyHash, new StoredResponse(status, recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION),
                        new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8)));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(keyHash);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void answerExisting(Entry entry, String requestHash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!entry.requestHash().equals(requestHash)) {
            ProblemDocuments.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                    "Idempotency key reused", "This " + HEADER + " was used with another request (method, path or "
                            + "body); use a new key for a new request.");
            return;
        }
        StoredResponse stored = entry.response();
        if (stored == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemDocuments.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_FLIGHT",
                    "Request in progress", "The first request with this " + HEADER + " is still running; retry "
                            + "shortly to get its response.");
            return;
        }
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
