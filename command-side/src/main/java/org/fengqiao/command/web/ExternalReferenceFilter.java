package org.fengqiao.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.fengqiao.command.idempotency.IdempotencyStore;
import org.fengqiao.command.idempotency.IdempotencyStore.Entry;
import org.fengqiao.command.idempotency.IdempotencyStore.StoredResponse;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.fengqiao.platform.security.BodyLimitFilter;
import org.fengqiao.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may register under another system's reference, and what a repeated intake under one means. An intake
 * ({@code POST /api/petitions}, {@code /api/disputes}) with {@code externalRef} is taken only from the system client
 * that {@code fengqiao.security.external-systems} names as the owner of its {@code system}; anyone else, and any
 * system no entry names, gets 403 {@code EXTERNAL_SYSTEM_NOT_YOURS} (before: an intake account registered a hotline
 * ticket's reference first, and the hotline's own intake of it was answered with that case, its submission lost).
 * The first intake under a reference keeps a hash of its body, for good, in the idempotency store; a later intake with
 * the same reference and the same body is a retry (the case registered first answers), one with another body is 409
 * {@code EXTERNAL_REF_CONFLICT}, and nothing is recorded. An intake that fails keeps nothing.
 */
@Component
class ExternalReferenceFilter extends OncePerRequestFilter {

    /** A reference is never reused for another matter: its body is kept as long as the case. */
    private static final Duration KEPT = Duration.ofDays(365L * 100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdempotencyStore store;
    private final Map<String, String> owners;
    private final Clock clock = Clock.systemUTC();

    ExternalReferenceFilter(IdempotencyStore store, ApiSecurityProperties properties) {
        this.store = store;
        this.owners = Map.copyOf(properties.getExternalSystems());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.equals("/api/petitions") && !path.equals("/api/disputes");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = BodyLimitFilter.bodyOf(request);
        JsonNode tree = parse(body);
        JsonNode ref = tree == null ? null : tree.path("externalRef");
        if (ref == null || !ref.isObject()) {
            // no reference, or a body the endpoint itself refuses
            chain.doFilter(request, response);
            return;
        }
        String system = ref.path("system").asText("");
        String caller = Caller.current().map(Caller::name).orElse(null);
        if (caller == null || !caller.equals(owners.get(system))) {
            ProblemDocuments.write(request, response, HttpStatus.FORBIDDEN, "EXTERNAL_SYSTEM_NOT_YOURS",
                    "External system not yours", "Only the system client that owns this externalRef.system may "
                            + "register cases under its references.");
            return;
        }
        String key = IdempotencyFilter.sha256("external-ref".getBytes(StandardCharsets.UTF_8), new byte[] {0},
                request.getRequestURI().getBytes(StandardCharsets.UTF_8), new byte[] {0},
                system.getBytes(StandardCharsets.UTF_8), new byte[] {0},
                ref.path("id").asText("").getBytes(StandardCharsets.UTF_8));
        String bodyHash = IdempotencyFilter.sha256(tree.toString().getBytes(StandardCharsets.UTF_8));
        Optional<Entry> first = store.reserve(key, bodyHash, clock.instant().plus(KEPT));
        if (first.isPresent()) {
            if (!first.get().requestHash().equals(bodyHash)) {
                ProblemDocuments.write(request, response, HttpStatus.CONFLICT, "EXTERNAL_REF_CONFLICT",
                        "External reference conflict", "A case was registered under this externalRef with another "
                                + "request body; a retry must send the same body, a new matter a new reference.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        boolean kept = false;
        try {
            chain.doFilter(request, response);
            int status = response.getStatus();
            if (status >= 200 && status < 300) {
                store.complete(key, new StoredResponse(status, null, null, null));
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(key);
            }
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
