package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.fengqiao.platform.security.VerifiedPasswordCacheTest.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(15), 1_000, clock);

    @Test
    void after_the_failures_allowed_for_a_name_even_the_right_password_waits_with_retry_after() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("mallory", "10.0.0.1", false).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse blocked = attempt("mallory", "10.0.0.2", true);
        assertThat(blocked.getStatus()).isEqualTo(429);
        assertThat(blocked.getHeader("Retry-After")).isEqualTo("900");
        assertThat(blocked.getContentAsString()).contains("TOO_MANY_SIGN_IN_FAILURES");
        assertThat(attempt("alice", "10.0.0.2", true).getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(15));
        assertThat(attempt("mallory", "10.0.0.2", true).getStatus()).isEqualTo(200);
    }

    @Test
    void one_address_trying_many_names_is_limited_too() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("name" + i, "10.0.0.9", false).getStatus()).isEqualTo(401);
        }
        assertThat(attempt("another", "10.0.0.9", true).getStatus()).isEqualTo(429);
        assertThat(attempt("another", "10.0.0.8", true).getStatus()).isEqualTo(200);
    }

    @Test
    void a_success_clears_the_count_of_the_name() {
        attempt("bob", "10.0.0.3", false);
        attempt("bob", "10.0.0.3", false);
        attempt("bob", "10.0.0.3", true);
        attempt("bob", "10.0.0.3", false);
        attempt("bob", "10.0.0.3", false);
        assertThat(attempt("bob", "10.0.0.3", true).getStatus()).isEqualTo(200);
    }

    @Test
    void a_request_without_credentials_is_not_counted() {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
            request.setRemoteAddr("10.0.0.4");
            assertThat(run(request, false).getStatus()).isEqualTo(401);
        }
        assertThat(attempt("carol", "10.0.0.4", true).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse attempt(String name, String address, boolean rightPassword) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((name + ":pw")
                .getBytes(StandardCharsets.UTF_8)));
        return run(request, rightPassword);
    }

    /** The rest of the chain answers 200 for the right password and 401 otherwise. */
    private MockHttpServletResponse run(MockHttpServletRequest request, boolean rightPassword) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            throttle.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res)
                    .setStatus(rightPassword ? 200 : 401));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }
}
