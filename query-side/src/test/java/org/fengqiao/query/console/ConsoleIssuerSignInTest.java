package org.fengqiao.query.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.fengqiao.platform.security.ApiSecurityAutoConfiguration;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's filter chain with {@code fengqiao.security.authentication=jwt} and a client id, against a local
 * stand-in for the OpenID Connect issuer (discovery document, key set, token endpoint on a loopback port): a page
 * without a session leads to the sign-in page, the issuer's sign-in redirects to the issuer's authorization endpoint
 * with the console's client id, state and nonce, and the issuer's answer with a code signs in the caller its ID
 * token's claims name. What is not tested: a real issuer (its consent pages, user info, key rotation, logout).
 */
@SpringBootTest(classes = ConsoleIssuerSignInTest.Chain.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
class ConsoleIssuerSignInTest {

    private static final HttpServer ISSUER;
    private static final RSAKey KEY;
    private static final AtomicReference<String> NONCE = new AtomicReference<>();

    static {
        try {
            KEY = new RSAKeyGenerator(2048).keyID("test").generate();
            ISSUER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ISSUER.createContext("/realms/fengqiao", ConsoleIssuerSignInTest::answer);
            ISSUER.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityAutoConfiguration.class, ApiSecurityAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class})
    @Import(ConsoleSecurity.class)
    static class Chain {
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) {
        properties.add("fengqiao.security.authentication", () -> "jwt");
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ConsoleIssuerSignInTest::issuerUri);
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "fengqiao-api");
        properties.add("fengqiao.console.oidc.client-id", () -> "fengqiao-console");
        properties.add("fengqiao.console.oidc.client-secret", () -> "console-secret");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Autowired
    MockMvc mvc;

    private static String issuerUri() {
        return "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/realms/fengqiao";
    }

    /** The stand-in issuer: its discovery document, its key set, and its token endpoint's answer to any code. */
    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.endsWith("/.well-known/openid-configuration")) {
            String issuer = issuerUri();
            body = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\","
                    + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/certs\","
                    + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        } else if (path.endsWith("/certs")) {
            body = new JWKSet(KEY.toPublicJWK()).toString();
        } else if (path.endsWith("/token")) {
            body = "{\"access_token\":\"access\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\""
                    + idToken() + "\"}";
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String idToken() {
        try {
            Date now = new Date();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuerUri()).subject("li.mediator")
                    .audience("fengqiao-console").issueTime(now).expirationTime(new Date(now.getTime() + 300_000))
                    .claim("nonce", NONCE.get()).claim("roles", List.of("officer")).claim("jurisdiction", "SH-FL")
                    .claim("units", List.of("SH-FL-MEDIATION")).build();
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims);
            token.sign(new RSASSASigner(KEY));
            return token.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_page_without_a_session_leads_to_the_sign_in_page() throws Exception {
        MvcResult page = mvc.perform(get("/ui/cases")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/ui/login");
    }

    @Test
    void the_issuers_sign_in_goes_to_the_issuer_and_its_code_signs_in_the_caller_its_id_token_names()
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult start = mvc.perform(get("/ui/oauth2/authorization/issuer").session(session)).andReturn();
        assertThat(start.getResponse().getStatus()).isEqualTo(302);
        String authorization = start.getResponse().getRedirectedUrl();
        assertThat(authorization).startsWith(issuerUri() + "/auth?");
        var parameters = UriComponentsBuilder.fromUri(URI.create(authorization)).build().getQueryParams()
                .toSingleValueMap();
        parameters.replaceAll((name, value) -> URLDecoder.decode(value, StandardCharsets.UTF_8));
        assertThat(parameters.get("response_type")).isEqualTo("code");
        assertThat(parameters.get("client_id")).isEqualTo("fengqiao-console");
        assertThat(parameters.get("redirect_uri")).isEqualTo("http://localhost/ui/login/oauth2/code/issuer");
        NONCE.set(parameters.get("nonce"));

        MvcResult back = mvc.perform(get("/ui/login/oauth2/code/issuer").session(session)
                .param("code", "the-code").param("state", parameters.get("state"))).andReturn();

        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/ui");
        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(Caller.CallerHolder.class);
        Caller caller = ((Caller.CallerHolder) context.getAuthentication().getPrincipal()).caller();
        assertThat(caller.name()).isEqualTo("li.mediator");
        assertThat(caller.roles()).containsExactly(Role.OFFICER);
        assertThat(caller.jurisdiction()).isEqualTo("SH-FL");
        assertThat(caller.units()).containsExactly("SH-FL-MEDIATION");
    }
}
