package org.fengqiao.query.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The console's sign-in through the OpenID Connect issuer, without a network issuer: when it is on, that the issuer's
 * metadata is read at the first sign-in (from a local stand-in serving the discovery document), and whom a verified
 * ID token's claims sign in, by the API's claim rules. The browser's round trip through a real issuer is not tested.
 */
class ConsoleOidcTest {

    private static ApiSecurityProperties security(String authentication) {
        ApiSecurityProperties security = new ApiSecurityProperties();
        security.setAuthentication(authentication);
        return security;
    }

    private static MockEnvironment environment(String issuer, String clientId) {
        MockEnvironment environment = new MockEnvironment();
        if (issuer != null) {
            environment.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        }
        if (clientId != null) {
            environment.setProperty("fengqiao.console.oidc.client-id", clientId);
        }
        return environment;
    }

    @Test
    void is_on_only_with_jwt_authentication_an_issuer_and_a_client_id() {
        String issuer = "http://127.0.0.1:9/realms/fengqiao";
        assertThat(ConsoleOidc.configured(security("basic"), environment(issuer, "console"))).isEmpty();
        assertThat(ConsoleOidc.configured(security("jwt"), environment(issuer, null))).isEmpty();
        assertThat(ConsoleOidc.configured(security("jwt"), environment(null, "console"))).isEmpty();
        assertThat(ConsoleOidc.configured(security("jwt"), environment(issuer, "console"))).isPresent();
    }

    @Test
    void reads_the_issuers_metadata_at_the_first_sign_in_not_at_start_up() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger discoveries = new AtomicInteger();
        try {
            server.start();
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/fengqiao";
            server.createContext("/realms/fengqiao/.well-known/openid-configuration", exchange -> {
                discoveries.incrementAndGet();
                byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                        + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/certs\","
                        + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            ConsoleOidc oidc = ConsoleOidc.configured(security("jwt"), environment(issuer, "fengqiao-console"))
                    .orElseThrow();
            var registrations = oidc.registrations();
            assertThat(discoveries).hasValue(0);
            assertThat(registrations.findByRegistrationId("other")).isNull();
            assertThat(discoveries).hasValue(0);

            ClientRegistration registration = registrations.findByRegistrationId(ConsoleOidc.REGISTRATION_ID);

            assertThat(discoveries).hasValue(1);
            assertThat(registration.getClientId()).isEqualTo("fengqiao-console");
            assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
            assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
            assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(issuer + "/auth");
            assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(issuer + "/token");
            assertThat(registration.getProviderDetails().getJwkSetUri()).isEqualTo(issuer + "/certs");
            assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/ui/login/oauth2/code/{registrationId}");
            assertThat(registrations.findByRegistrationId(ConsoleOidc.REGISTRATION_ID)).isSameAs(registration);
            assertThat(discoveries).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    private static OidcUserRequest signIn(Map<String, Object> claims) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(ConsoleOidc.REGISTRATION_ID)
                .clientId("fengqiao-console").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/ui/login/oauth2/code/{registrationId}").scope("openid", "profile")
                .authorizationUri("http://127.0.0.1:9/auth").tokenUri("http://127.0.0.1:9/token")
                .jwkSetUri("http://127.0.0.1:9/certs").build();
        Instant now = Instant.now();
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").issuer("http://127.0.0.1:9")
                .audience(List.of("fengqiao-console")).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claims(all -> all.putAll(claims)).build();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now,
                now.plusSeconds(300));
        return new OidcUserRequest(registration, accessToken, idToken);
    }

    @Test
    void signs_in_the_caller_the_id_tokens_claims_name_as_the_api_reads_them() {
        ConsoleOidc oidc = new ConsoleOidc("http://127.0.0.1:9", "fengqiao-console", null,
                new ApiSecurityProperties().getJwt());

        OidcUser user = oidc.users().loadUser(signIn(Map.of("sub", "li.mediator", "roles", List.of("officer"),
                "jurisdiction", "SH-FL", "units", List.of("SH-FL-MEDIATION"))));

        assertThat(user).isInstanceOf(Caller.CallerHolder.class);
        Caller caller = ((Caller.CallerHolder) user).caller();
        assertThat(caller.name()).isEqualTo("li.mediator");
        assertThat(caller.roles()).containsExactly(Role.OFFICER);
        assertThat(caller.jurisdiction()).isEqualTo("SH-FL");
        assertThat(caller.units()).containsExactly("SH-FL-MEDIATION");
        assertThat(user.getName()).isEqualTo("li.mediator");
        assertThat(user.getAuthorities()).extracting(Object::toString).contains(Role.OFFICER.authority());
    }

    @Test
    void refuses_an_id_token_that_binds_its_caller_to_no_node_as_the_api_refuses_the_token() {
        ConsoleOidc oidc = new ConsoleOidc("http://127.0.0.1:9", "fengqiao-console", null,
                new ApiSecurityProperties().getJwt());

        assertThatThrownBy(() -> oidc.users().loadUser(signIn(Map.of("sub", "li.mediator", "roles",
                List.of("supervisor")))))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("jurisdiction");
    }
}
