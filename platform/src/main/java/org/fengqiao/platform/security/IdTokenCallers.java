package org.fengqiao.platform.security;

import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller whom the verified claims of an OpenID Connect sign-in (ID token and user info) name, read by the same
 * claims and rules as the API's bearer tokens ({@link JwtCallers}): the console's sign-in through the issuer yields
 * the caller the API would see with that person's access token, and refuses (401, an
 * {@code OAuth2AuthenticationException}) what the API refuses.
 */
public final class IdTokenCallers {

    private IdTokenCallers() {
    }

    public static Caller caller(Map<String, Object> claims, ApiSecurityProperties.Jwt names) {
        Jwt token = Jwt.withTokenValue("id-token").header("alg", "verified").claims(all -> all.putAll(claims))
                .build();
        return (Caller) new JwtCallers(names).convert(token).getPrincipal();
    }
}
