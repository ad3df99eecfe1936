package org.fengqiao.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated JWT into a {@link Caller}: the name, roles, jurisdiction node, units and grants come from the
 * claims named in {@code fengqiao.security.jwt.*}. Unknown role names are ignored; a token without a known role may
 * only read what any authenticated caller may.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ApiSecurityProperties.Jwt claims;

    JwtCallers(ApiSecurityProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : strings(jwt.getClaim(claims.getRolesClaim()))) {
            String normalized = name.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            Arrays.stream(Role.values()).filter(role -> role.name().equals(normalized)).forEach(roles::add);
        }
        Object jurisdiction = jwt.getClaim(claims.getJurisdictionClaim());
        Caller caller = new Caller(jwt.getClaimAsString(claims.getNameClaim()), roles,
                jurisdiction == null ? null : jurisdiction.toString(), strings(jwt.getClaim(claims.getUnitsClaim())),
                strings(jwt.getClaim(claims.getGrantsClaim())));
        return new CallerToken(caller, jwt);
    }

    /** A claim as a set of strings: a JSON array, or one string of space-separated values (as OAuth2 scopes are). */
    static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> items) {
            items.stream().filter(item -> item != null).map(Object::toString).forEach(values::add);
        } else if (claim != null) {
            Arrays.stream(claim.toString().split("[\\s,]+")).filter(value -> !value.isEmpty()).forEach(values::add);
        }
        return values;
    }

    /** An authenticated bearer whose principal is its {@link Caller}. */
    static final class CallerToken extends AbstractAuthenticationToken {

        private final transient Caller caller;
        private final transient Jwt jwt;

        CallerToken(Caller caller, Jwt jwt) {
            super(caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
            this.caller = caller;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.name();
        }
    }
}
