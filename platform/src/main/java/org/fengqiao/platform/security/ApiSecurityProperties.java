package org.fengqiao.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.security.*}: the HTTP Basic accounts (passwords as hashes, e.g. {@code {bcrypt}$2a$10$...}) and how
 * a JWT's claims become a {@link Caller}. The embedded default configures demo accounts in the launcher's
 * {@code application.yml}; the {@code production} profile refuses them ({@link DemoAccountCheck}).
 */
@ConfigurationProperties("fengqiao.security")
public class ApiSecurityProperties {

    /** {@code basic} (accounts below) or {@code jwt} (an OAuth2 resource server; accounts still work if configured). */
    private String authentication = "basic";
    private List<Account> accounts = new ArrayList<>();
    /**
     * Which system client owns which external system: {@code externalRef.system} → the client's account (or token
     * subject) name. Only the owner registers cases under that system's references; a system not named here, nobody.
     */
    private Map<String, String> externalSystems = new LinkedHashMap<>();
    private final Jwt jwt = new Jwt();

    public String getAuthentication() {
        return authentication;
    }

    public void setAuthentication(String authentication) {
        this.authentication = authentication;
    }

    public boolean jwtEnabled() {
        return "jwt".equalsIgnoreCase(authentication);
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public void setAccounts(List<Account> accounts) {
        this.accounts = accounts;
    }

    public Map<String, String> getExternalSystems() {
        return externalSystems;
    }

    public void setExternalSystems(Map<String, String> externalSystems) {
        this.externalSystems = externalSystems;
    }

    public Jwt getJwt() {
        return jwt;
    }

    /** One account: name, hashed password, roles, the node it is bound to, its units and (system clients) grants. */
    public static class Account {
        private String name;
        private String password;
        private Set<Role> roles = new LinkedHashSet<>();
        private String jurisdiction;
        private Set<String> units = new LinkedHashSet<>();
        private Set<String> grants = new LinkedHashSet<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> roles) {
            this.roles = roles;
        }

        public String getJurisdiction() {
            return jurisdiction;
        }

        public void setJurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
        }

        public Set<String> getUnits() {
            return units;
        }

        public void setUnits(Set<String> units) {
            this.units = units;
        }

        public Set<String> getGrants() {
            return grants;
        }

        public void setGrants(Set<String> grants) {
            this.grants = grants;
        }

        Caller caller() {
            return new Caller(name, roles, jurisdiction, units, grants);
        }
    }

    /**
     * The token side: Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} / {@code jwk-set-uri}
     * locate the keys; these name the claims. A claim may hold a list or a space-separated string.
     */
    public static class Jwt {
        private String nameClaim = "sub";
        private String rolesClaim = "roles";
        private String jurisdictionClaim = "jurisdiction";
        private String unitsClaim = "units";
        private String grantsClaim = "scope";

        public String getNameClaim() {
            return nameClaim;
        }

        public void setNameClaim(String nameClaim) {
            this.nameClaim = nameClaim;
        }

        public String getRolesClaim() {
            return rolesClaim;
        }

        public void setRolesClaim(String rolesClaim) {
            this.rolesClaim = rolesClaim;
        }

        public String getJurisdictionClaim() {
            return jurisdictionClaim;
        }

        public void setJurisdictionClaim(String jurisdictionClaim) {
            this.jurisdictionClaim = jurisdictionClaim;
        }

        public String getUnitsClaim() {
            return unitsClaim;
        }

        public void setUnitsClaim(String unitsClaim) {
            this.unitsClaim = unitsClaim;
        }

        public String getGrantsClaim() {
            return grantsClaim;
        }

        public void setGrantsClaim(String grantsClaim) {
            this.grantsClaim = grantsClaim;
        }
    }
}
