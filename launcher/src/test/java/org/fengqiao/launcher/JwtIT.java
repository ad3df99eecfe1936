package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bearer tokens fail closed on the running application (issue 18, "read in the code"): a token must be signed by the
 * issuer, unexpired and meant for this API ({@code aud}); one that binds its caller to no jurisdiction node, or an
 * officer's that names no handling units, is refused (401) where it used to see and act on everything; a token bound
 * to a node sees nothing outside it. The shared application takes the tests' issuer's tokens ({@link TestTokens}).
 * Grid SH-FL-G12.
 */
@EmbeddedApplicationTest
class JwtIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private String caseId;

    @BeforeEach
    void dispute() {
        api = new ApiClient(port);
        caseId = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Leaking pipe','content':'Ceiling stained',
                 'gridCode':'SH-FL-G12','parties':[{'name':'钱一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""),
                "intake").text("caseId");
        assertThat(api.post("/api/disputes/" + caseId + "/assignment", json("{'unit':'SH-TASKFORCE'}"), "supervisor")
                .status()).isEqualTo(200);
    }

    @Test
    void a_token_of_the_issuer_for_this_api_with_its_claims_is_taken() {
        assertThat(read(token(auditor())).status()).isEqualTo(200);
        Reply note = note(token(officer(List.of("SH-TASKFORCE"))));
        assertThat(note.status()).as("%s", note.body()).isEqualTo(200);
    }

    @Test
    void a_token_without_a_jurisdiction_or_an_officers_token_without_units_is_refused() {
        Map<String, Object> unbound = auditor();
        unbound.remove("jurisdiction");
        assertUnauthorized(read(token(unbound)));
        Map<String, Object> blank = auditor();
        blank.put("jurisdiction", " ");
        assertUnauthorized(read(token(blank)));

        Map<String, Object> noUnits = officer(List.of());
        noUnits.remove("units");
        assertUnauthorized(note(token(noUnits)));
        assertUnauthorized(note(token(officer(List.of()))));
        Map<String, Object> nameless = auditor();
        nameless.remove("sub");
        assertUnauthorized(read(token(nameless)));
        // nothing was recorded by the refused officers
        assertThat(api.get("/api/cases/" + caseId, "auditor").version()).isEqualTo(3);
    }

    @Test
    void a_token_bound_to_another_node_sees_nothing_outside_it() {
        Map<String, Object> gongyuan = auditor();
        gongyuan.put("jurisdiction", "SH-GY");
        Reply elsewhere = read(token(gongyuan));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.text("code")).isEqualTo("CASE_NOT_FOUND");
        Map<String, Object> fuli = auditor();
        fuli.put("jurisdiction", "SH-FL");
        assertThat(read(token(fuli)).status()).isEqualTo(200);
    }

    @Test
    void a_token_for_another_audience_without_one_expired_or_from_another_issuer_is_401() {
        Map<String, Object> otherApp = auditor();
        otherApp.put("aud", List.of("another-application"));
        assertUnauthorized(read(token(otherApp)));
        Map<String, Object> noAudience = auditor();
        noAudience.remove("aud");
        assertUnauthorized(read(token(noAudience)));
        Map<String, Object> expired = auditor();
        expired.put("exp", Date.from(Instant.now().minusSeconds(3600)));
        assertUnauthorized(read(token(expired)));
        assertUnauthorized(read(TestTokens.get().signAsStranger(auditor())));
        assertUnauthorized(read("not.a.token"));
    }

    private void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(401);
        assertThat(reply.text("code")).isEqualTo("UNAUTHORIZED");
        assertThat(reply.raw().headers().allValues("WWW-Authenticate")).anySatisfy(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(reply.raw().body()).doesNotContain("Exception").doesNotContain("org.springframework");
    }

    private static Map<String, Object> auditor() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "auditor.wang");
        claims.put("aud", List.of(TestTokens.AUDIENCE));
        claims.put("roles", List.of("AUDITOR"));
        claims.put("jurisdiction", "SH");
        return claims;
    }

    private static Map<String, Object> officer(List<String> units) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "officer.zhou");
        claims.put("aud", List.of(TestTokens.AUDIENCE));
        claims.put("roles", List.of("OFFICER"));
        claims.put("jurisdiction", "SH");
        claims.put("units", units);
        return claims;
    }

    private static String token(Map<String, Object> claims) {
        return TestTokens.get().sign(claims);
    }

    private Reply read(String token) {
        return api.send("/api/cases/" + caseId + "?minVersion=3", request -> request.header("Authorization", "Bearer " + token).GET());
    }

    private Reply note(String token) {
        return api.send("/api/disputes/" + caseId + "/notes", request -> request
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("{'text':'Plumber booked'}"))));
    }
}
