package org.fengqiao.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fengqiao.platform.problem.ProblemDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed sign-ins: after {@code maxPerAccount} failures for one account name (known or not, so that the limit
 * tells nothing about which names exist) or {@code maxPerAddress} failures from one client address within
 * {@code window}, every further attempt with that name or from that address answers 429
 * {@code TOO_MANY_SIGN_IN_FAILURES} with {@code Retry-After} until the window has passed, without looking at the
 * password, the right one included. A success clears the name's count. A failure is a request that carried
 * credentials and was answered 401. The address is the connection's (no forwarded header is trusted). At most
 * {@code maxEntries} counters are kept; when full, expired ones are dropped, then the oldest half.
 */
final class SignInThrottle extends OncePerRequestFilter {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final long windowMillis;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    SignInThrottle(int maxPerAccount, int maxPerAddress, Duration window, int maxEntries, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.windowMillis = window.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** Failures within one window; the window starts at the first failure. */
    private record Counter(long start, int failures) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        String account = basicName(authorization);
        String accountKey = account == null ? null : "account:" + account;
        String addressKey = "address:" + request.getRemoteAddr();
        long now = clock.millis();
        long retryAfter = Math.max(blockedFor(accountKey, maxPerAccount, now),
                blockedFor(addressKey, maxPerAddress, now));
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, (retryAfter + 999) / 1000)));
            ProblemDocuments.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_SIGN_IN_FAILURES",
                    "Too many failed sign-ins", "Too many failed sign-ins for this account or from this address; "
                            + "try again after the time in Retry-After.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            fail(accountKey, now);
            fail(addressKey, now);
        } else if (accountKey != null) {
            counters.remove(accountKey);
        }
    }

    private long blockedFor(String key, int max, long now) {
        Counter counter = key == null ? null : counters.get(key);
        if (counter == null || counter.failures() < max) {
            return 0;
        }
        return Math.max(0, counter.start() + windowMillis - now);
    }

    private void fail(String key, long now) {
        if (key == null) {
            return;
        }
        if (counters.size() >= maxEntries) {
            prune(now);
        }
        counters.compute(key, (k, counter) -> counter == null || counter.start() + windowMillis <= now
                ? new Counter(now, 1) : new Counter(counter.start(), counter.failures() + 1));
    }

    private void prune(long now) {
        counters.values().removeIf(counter -> counter.start() + windowMillis <= now);
        if (counters.size() >= maxEntries) {
            long median = counters.values().stream().mapToLong(Counter::start).sorted()
                    .skip(counters.size() / 2).findFirst().orElse(now);
            counters.values().removeIf(counter -> counter.start() < median);
        }
    }

    /** The account name of an HTTP Basic header, or {@code null} (a bearer token, or no valid Basic header). */
    static String basicName(String authorization) {
        if (authorization.length() < 6 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
