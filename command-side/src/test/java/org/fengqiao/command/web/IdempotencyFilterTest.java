package org.fengqiao.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.fengqiao.command.idempotency.IdempotencyStore;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What a request that did not succeed leaves of its claim: a refusal nothing, a 5xx its claim in flight. */
class IdempotencyFilterTest {

    /** The store's contract in a map, enough for the filter's decisions. */
    static final class MapStore implements IdempotencyStore {

        final Map<String, Entry> entries = new HashMap<>();

        @Override
        public Optional<Entry> reserve(String key, String requestHash, Instant expiresAt, Instant leaseUntil) {
            Entry found = entries.get(key);
            if (found != null) {
                return Optional.of(found);
            }
            entries.put(key, new Entry(requestHash, null, null, leaseUntil));
            return Optional.empty();
        }

        @Override
        public void target(String key, String caseId) {
        }

        @Override
        public boolean takeOver(String key, Instant leaseUntil, Instant newLeaseUntil) {
            Entry found = entries.get(key);
            if (found == null || found.response() != null || !leaseUntil.equals(found.leaseUntil())) {
                return false;
            }
            entries.put(key, new Entry(found.requestHash(), null, null, newLeaseUntil));
            return true;
        }

        @Override
        public void complete(String key, StoredResponse response) {
            Entry found = entries.get(key);
            entries.put(key, new Entry(found.requestHash(), response, found.target(), found.leaseUntil()));
        }

        @Override
        public void release(String key) {
            entries.remove(key);
        }
    }

    private final MapStore store = new MapStore();
    private final IdempotencyFilter filter = new IdempotencyFilter(store, null, new ObjectMapper(),
            Duration.ofHours(24), Duration.ofMinutes(1));

    private MockHttpServletResponse post(int answer) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/disputes/x/notes");
        request.addHeader(IdempotencyFilter.HEADER, "k-1");
        request.setContent("{\"text\":\"called back\"}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(answer);
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void a_refused_request_frees_its_key() throws Exception {
        post(409);
        assertThat(store.entries).isEmpty();
        assertThat(post(200).getStatus()).isEqualTo(200);
    }

    @Test
    void a_request_given_up_on_with_a_5xx_keeps_its_claim_in_flight_for_its_command_may_still_commit()
            throws Exception {
        post(503);
        assertThat(store.entries).hasSize(1);
        MockHttpServletResponse retry = post(200);
        assertThat(retry.getStatus()).isEqualTo(409);
        assertThat(retry.getContentAsString()).contains("IDEMPOTENCY_KEY_IN_FLIGHT");
        assertThat(retry.getHeader("Retry-After")).isNotNull();
    }
}
