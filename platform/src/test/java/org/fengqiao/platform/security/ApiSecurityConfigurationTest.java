package org.fengqiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The start-up refusals of the account configuration and how a JWT's claims become a caller. */
class ApiSecurityConfigurationTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Nested
    class Accounts {

        @Test
        void the_production_profile_refuses_to_start_with_a_demo_account() {
            ApiSecurityProperties properties = properties(account("supervisor", "supervisor"));
            assertThatThrownBy(() -> DemoAccountCheck.check(properties, production(), encoder))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("account supervisor is a demo account");
        }

        @Test
        void the_production_profile_refuses_an_account_whose_password_is_its_name() {
            ApiSecurityProperties properties = properties(account("court-system", "court-system"));
            assertThatThrownBy(() -> DemoAccountCheck.check(properties, production(), encoder))
                    .hasMessageContaining("court-system is a demo account");
        }

        @Test
        void the_production_profile_takes_a_real_account() {
            assertThatCode(() -> DemoAccountCheck.check(properties(account("court-system", "a long secret")),
                    production(), encoder)).doesNotThrowAnyException();
        }

        @Test
        void the_embedded_default_takes_demo_accounts() {
            assertThatCode(() -> DemoAccountCheck.check(properties(account("supervisor", "supervisor")),
                    new MockEnvironment(), encoder)).doesNotThrowAnyException();
        }

        @Test
        void a_password_that_is_not_a_hash_is_refused_everywhere() {
            ApiSecurityProperties.Account plain = account("intake", "x");
            plain.setPassword("{noop}intake");
            assertThatThrownBy(() -> DemoAccountCheck.check(properties(plain), new MockEnvironment(), encoder))
                    .hasMessageContaining("is not a hash");
        }

        private ApiSecurityProperties.Account account(String name, String password) {
            ApiSecurityProperties.Account account = new ApiSecurityProperties.Account();
            account.setName(name);
            account.setPassword("{bcrypt}" + new BCryptPasswordEncoder(4).encode(password));
            account.setRoles(Set.of(Role.SUPERVISOR));
            return account;
        }

        private ApiSecurityProperties properties(ApiSecurityProperties.Account account) {
            ApiSecurityProperties properties = new ApiSecurityProperties();
            properties.setAccounts(List.of(account));
            return properties;
        }

        private MockEnvironment production() {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles("production");
            return environment;
        }
    }

    @Nested
    class Tokens {

        @Test
        void roles_jurisdiction_units_and_scopes_come_from_the_claims() {
            Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                    .claims(claims -> claims.putAll(Map.of("sub", "court-mediation", "roles", List.of("officer",
                            "ROLE_SYSTEM", "unknown"), "jurisdiction", "SH-FL", "units", "SH-FL-MEDIATION SH-JUDGE",
                            "scope", "register notes")))
                    .build();

            Caller caller = (Caller) new JwtCallers(new ApiSecurityProperties().getJwt()).convert(jwt).getPrincipal();

            assertThat(caller.name()).isEqualTo("court-mediation");
            assertThat(caller.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.SYSTEM);
            assertThat(caller.jurisdiction()).isEqualTo("SH-FL");
            assertThat(caller.units()).containsExactlyInAnyOrder("SH-FL-MEDIATION", "SH-JUDGE");
            assertThat(caller.grants()).containsExactlyInAnyOrder("register", "notes");
        }
    }

    @Nested
    class TokensFailClosed {

        private Caller convert(Map<String, Object> claims) {
            Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                    .claims(all -> all.putAll(claims)).build();
            return (Caller) new JwtCallers(new ApiSecurityProperties().getJwt()).convert(jwt).getPrincipal();
        }

        @Test
        void a_token_without_a_jurisdiction_is_refused_instead_of_seeing_everything() {
            assertThatThrownBy(() -> convert(Map.of("sub", "x", "roles", "auditor")))
                    .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("jurisdiction");
            assertThat(convert(Map.of("sub", "x", "roles", "auditor", "jurisdiction", "SH")).jurisdiction())
                    .isEqualTo("SH");
        }

        @Test
        void an_officer_token_without_units_is_refused_and_star_means_every_unit() {
            assertThatThrownBy(() -> convert(Map.of("sub", "x", "roles", "officer", "jurisdiction", "SH")))
                    .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("units");
            Caller everyUnit = convert(Map.of("sub", "x", "roles", "officer", "jurisdiction", "SH", "units", "*"));
            assertThat(everyUnit.units()).isEmpty();
            assertThat(everyUnit.limitedToUnits()).isFalse();
        }

        @Test
        void a_token_without_a_name_is_refused() {
            assertThatThrownBy(() -> convert(Map.of("roles", "auditor", "jurisdiction", "SH")))
                    .isInstanceOf(InvalidBearerTokenException.class);
        }

        @Test
        void the_token_side_needs_an_audience() {
            MockEnvironment none = new MockEnvironment();
            assertThatThrownBy(() -> ApiSecurityAutoConfiguration.requireAudience(none))
                    .hasMessageContaining("AUDIENCES");
            MockEnvironment given = new MockEnvironment()
                    .withProperty("spring.security.oauth2.resourceserver.jwt.audiences", "fengqiao-api");
            assertThatCode(() -> ApiSecurityAutoConfiguration.requireAudience(given)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Rules {

        @Test
        void a_system_client_calls_what_its_grants_name_and_nothing_else() {
            Caller hotline = new Caller("hotline", Set.of(Role.SYSTEM), null, null, Set.of("register"));
            assertThat(ApiAccessRules.allows(hotline, "POST", "/api/petitions")).isTrue();
            assertThat(ApiAccessRules.allows(hotline, "POST", "/api/disputes/x/notes")).isFalse();
            assertThat(ApiAccessRules.allows(hotline, "POST", "/api/admin/replay")).isFalse();
        }

        @Test
        void an_unlisted_command_route_is_closed_and_an_unlisted_read_is_open_to_any_caller() {
            Caller admin = new Caller("admin", Set.of(Role.ADMIN), null, null, null);
            assertThat(ApiAccessRules.allows(admin, "POST", "/api/disputes/x/something-new")).isFalse();
            assertThat(ApiAccessRules.allows(admin, "GET", "/api/something-new")).isTrue();
            assertThat(ApiAccessRules.isPublic("/actuator/health/readiness")).isTrue();
            assertThat(ApiAccessRules.isPublic("/actuator/metrics")).isFalse();
        }

        @Test
        void head_is_decided_as_get() {
            Caller intake = new Caller("intake", Set.of(Role.INTAKE), null, null, null);
            Caller hotline = new Caller("hotline", Set.of(Role.SYSTEM), null, null, Set.of("read"));
            assertThat(ApiAccessRules.allows(intake, "HEAD", "/api/cases/x/dossier")).isFalse();
            assertThat(ApiAccessRules.allows(intake, "HEAD", "/api/boards/overview")).isFalse();
            assertThat(ApiAccessRules.allows(hotline, "HEAD", "/api/audit/personal-data-access")).isFalse();
            assertThat(ApiAccessRules.allows(intake, "HEAD", "/api/cases/x")).isTrue();
            assertThat(ApiAccessRules.ruleFor("HEAD", "/api/cases/x/dossier")).isEqualTo(
                    ApiAccessRules.ruleFor("GET", "/api/cases/x/dossier"));
        }

        @Test
        void a_method_no_row_names_is_refused_even_on_a_read_path() {
            Caller admin = new Caller("admin", Set.of(Role.ADMIN, Role.SUPERVISOR, Role.AUDITOR), null, null, null);
            for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND")) {
                assertThat(ApiAccessRules.allows(admin, method, "/api/cases/x")).as(method).isFalse();
                assertThat(ApiAccessRules.allows(admin, method, "/api/something-new")).as(method).isFalse();
            }
        }
    }
}
