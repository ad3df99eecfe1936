package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {

    private final AtomicInteger checks = new AtomicInteger();
    /** Matches when the stored value is "hash:" + the password; counts every check. */
    private final PasswordEncoder slow = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    };
    private final MutableClock clock = new MutableClock();
    private final VerifiedPasswordCache cache = new VerifiedPasswordCache(slow, 4, Duration.ofMinutes(5), 100, clock);

    @Test
    void a_password_that_matched_is_not_checked_again_until_its_time_is_up() {
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(checks).hasValue(1);
        clock.advance(Duration.ofMinutes(5).plusMillis(1));
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_wrong_password_is_checked_every_time_and_never_remembered() {
        assertThat(cache.matches("guess", "hash:secret")).isFalse();
        assertThat(cache.matches("guess", "hash:secret")).isFalse();
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_changed_hash_does_not_accept_the_old_password() {
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(cache.matches("secret", "hash:renewed")).isFalse();
    }

    @Test
    void a_zero_time_checks_every_request() {
        VerifiedPasswordCache off = new VerifiedPasswordCache(slow, 4, Duration.ZERO, 100, clock);
        off.matches("secret", "hash:secret");
        off.matches("secret", "hash:secret");
        assertThat(checks).hasValue(2);
    }

    @Test
    void new_hashes_use_the_accounts_usual_bcrypt_cost_so_an_unknown_name_costs_what_a_wrong_password_does() {
        assertThat(VerifiedPasswordCache.usualBcryptCost(java.util.List.of("{bcrypt}$2a$06$abc", "{bcrypt}$2a$06$def",
                "{bcrypt}$2a$12$ghi", "{pbkdf2}xyz"))).isEqualTo(6);
        assertThat(VerifiedPasswordCache.usualBcryptCost(java.util.List.of("{pbkdf2}xyz"))).isEqualTo(10);
        assertThat(cache.encode("userNotFoundPassword")).startsWith("{bcrypt}$2a$04$");
    }

    /** A clock a test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-07-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
