package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins on the running application (issue 18, item 7): after ten wrong passwords for one name the eleventh
 * attempt answers 429 with {@code Retry-After}, and an unknown name takes as long to refuse as a wrong password for a
 * known one. The names used here are used by no other test, so the limit stays with them.
 */
@EmbeddedApplicationTest
class SignInIT {

    @LocalServerPort
    int port;

    @Test
    void the_eleventh_failed_sign_in_for_a_name_answers_429_with_retry_after() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 10; i++) {
            assertProblem(signIn(api, "mallory", "guess" + i), 401, "UNAUTHORIZED");
        }
        Reply limited = signIn(api, "mallory", "guess10");
        assertProblem(limited, 429, "TOO_MANY_SIGN_IN_FAILURES");
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(signIn(api, "auditor", "auditor").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_name_is_refused_as_fast_as_a_wrong_password_for_a_known_one() {
        ApiClient api = new ApiClient(port);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(timed(api, "fuli.officer", "wrong" + i));
            unknown.add(timed(api, "nobody-" + i, "wrong"));
        }
        long knownMedian = known.stream().sorted().toList().get(3);
        long unknownMedian = unknown.stream().sorted().toList().get(3);
        // before: 28 ms against 257 ms (bcrypt cost 6 for the accounts, 10 for the unknown name's dummy)
        assertThat(unknownMedian).as("known %s, unknown %s", known, unknown).isLessThan(knownMedian * 3 + 20);
    }

    private long timed(ApiClient api, String name, String password) {
        long started = System.nanoTime();
        assertThat(signIn(api, name, password).status()).isEqualTo(401);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Reply signIn(ApiClient api, String name, String password) {
        return api.send("/api/jurisdictions", request -> request.header("Authorization", "Basic " + Base64
                .getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8))).GET());
    }
}
