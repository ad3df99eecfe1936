package org.fengqiao.query.console;

import java.util.List;
import java.util.Optional;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.IdTokenCallers;
import org.springframework.core.env.Environment;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through the OpenID Connect issuer whose tokens the API takes ({@code fengqiao.security.authentication=jwt},
 * issuer {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), for the console registered there as a client
 * ({@code fengqiao.console.oidc.client-id}, {@code client-secret}; scopes {@code openid profile}): the authorization
 * code flow starts at {@code /ui/oauth2/authorization/issuer} and comes back to
 * {@code /ui/login/oauth2/code/issuer}. The issuer's metadata is read at the first sign-in, not at start-up, so the
 * application starts while the issuer is away. The signed-in caller is whom the ID token's claims name, by the API's
 * own claim rules ({@link IdTokenCallers}): the same name, roles, node and units as with the person's access token.
 */
final class ConsoleOidc {

    static final String REGISTRATION_ID = "issuer";
    static final String AUTHORIZATION_BASE = "/ui/oauth2/authorization";
    static final String CALLBACK_BASE = "/ui/login/oauth2/code";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final ApiSecurityProperties.Jwt claims;
    private volatile ClientRegistration registration;

    ConsoleOidc(String issuer, String clientId, String clientSecret, ApiSecurityProperties.Jwt claims) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.claims = claims;
    }

    /** The issuer sign-in, when the API takes JWTs and the console has a client id; none otherwise. */
    static Optional<ConsoleOidc> configured(ApiSecurityProperties security, Environment environment) {
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        String clientId = environment.getProperty("fengqiao.console.oidc.client-id");
        if (!security.jwtEnabled() || blank(issuer) || blank(clientId)) {
            return Optional.empty();
        }
        return Optional.of(new ConsoleOidc(issuer, clientId,
                environment.getProperty("fengqiao.console.oidc.client-secret"), security.getJwt()));
    }

    /** The one registration, the issuer's, read from its metadata at the first sign-in. */
    ClientRegistrationRepository registrations() {
        return id -> REGISTRATION_ID.equals(id) ? registration() : null;
    }

    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION_ID)
                            .clientId(clientId).clientSecret(clientSecret).scope("openid", "profile")
                            .redirectUri("{baseUrl}" + CALLBACK_BASE + "/{registrationId}").build();
                }
                known = registration;
            }
        }
        return known;
    }

    /** The signed-in user: the issuer's OpenID Connect user, holding the caller its claims name. */
    OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService issuerUsers = new OidcUserService();
        return request -> {
            OidcUser user = issuerUsers.loadUser(request);
            return new SignedIn(user, IdTokenCallers.caller(user.getClaims(), claims));
        };
    }

    /** An OpenID Connect user of the console; its name is the caller's. */
    static final class SignedIn extends DefaultOidcUser implements Caller.CallerHolder {

        private final transient Caller caller;

        SignedIn(OidcUser user, Caller caller) {
            super(authorities(caller), user.getIdToken(), user.getUserInfo());
            this.caller = caller;
        }

        private static List<SimpleGrantedAuthority> authorities(Caller caller) {
            return caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        }

        @Override
        public Caller caller() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.name();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
