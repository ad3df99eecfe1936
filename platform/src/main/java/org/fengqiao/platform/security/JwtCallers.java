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
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a validated JWT into a {@link Caller}: the name, roles, jurisdiction node, units and grants come from the
 * claims named in {@code fengqiao.security.jwt.*}. Unknown role names are ignored; a token without a known role may
 * only read what any authenticated caller may. Fails closed: a token without a name or a jurisdiction claim, or an
 * officer's token without a units claim, is refused (401), where before it saw and acted on everything. The whole
 * sub-district is its root node ({@code SH}); every unit is {@code *}.
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
        String name = jwt.getClaimAsString(claims.getNameClaim());
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("The token names no caller (claim " + claims.getNameClaim() + ").");
        }
        if (jurisdiction == null || jurisdiction.toString().isBlank()) {
            throw new InvalidBearerTokenException("The token binds its caller to no jurisdiction node (claim "
                    + claims.getJurisdictionClaim() + "; the whole sub-district is its root node).");
        }
        Set<String> units = strings(jwt.getClaim(claims.getUnitsClaim()));
        if (roles.contains(Role.OFFICER) && units.isEmpty()) {
            throw new InvalidBearerTokenException("An officer's token names no handling units (claim "
                    + claims.getUnitsClaim() + "; every unit is *).");
        }
        units.remove("*");
        Caller caller = new Caller(name, roles, jurisdiction.toString(), units,
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
