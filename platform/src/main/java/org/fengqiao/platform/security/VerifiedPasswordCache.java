package org.fengqiao.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a while, that a password matched its stored hash, so that a stateless client sending HTTP Basic on
 * every request pays for bcrypt once per {@code ttl} rather than on each call. The load harness found bcrypt to halve
 * the rate of the whole HTTP stack (no-op endpoint: 456 → 211 requests/s on this machine).
 * <p>
 * Only successes are kept, keyed by SHA-256 of the stored hash and the password, never the password itself; a wrong
 * password always goes to bcrypt, so guessing is as slow as before. Changing an account's hash changes the key, so an
 * old password stops working at once. At most {@code maxEntries} entries; when full, the cache is emptied.
 * <p>
 * {@link #encode} hashes with bcrypt at the cost the configured accounts use. Spring Security encodes one dummy
 * password with it and checks a sign-in with an unknown name against that, so the answer for an unknown name takes
 * as long as a wrong password for a known one (with the factory's cost 10 against the demo accounts' 6 it took ten
 * times longer, which told which names exist).
 */
final class VerifiedPasswordCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final PasswordEncoder encoder;
    private final long ttlMillis;
    private final int maxEntries;
    private final Clock clock;
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$");

    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswordCache(PasswordEncoder delegate, int bcryptCost, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.encoder = new BCryptPasswordEncoder(bcryptCost);
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return "{bcrypt}" + encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttlMillis <= 0 || rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        long now = clock.millis();
        Long until = verifiedUntil.get(key);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= maxEntries) {
                verifiedUntil.clear();
            }
            verifiedUntil.put(key, now + ttlMillis);
        } else {
            verifiedUntil.remove(key);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /**
     * The bcrypt cost most of these hashes use ({@code {bcrypt}$2a$06$...} is 6), or 10 when none is a bcrypt hash.
     */
    static int usualBcryptCost(Collection<String> hashes) {
        Map<Integer, Long> costs = hashes.stream().filter(hash -> hash != null && BCRYPT.matcher(hash).lookingAt())
                .map(hash -> {
                    Matcher matcher = BCRYPT.matcher(hash);
                    matcher.lookingAt();
                    return Integer.parseInt(matcher.group(1));
                }).collect(Collectors.groupingBy(cost -> cost, Collectors.counting()));
        return costs.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(10);
    }

    private static String key(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
