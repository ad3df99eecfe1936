package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case the caller may not see answers exactly as an unknown one (issue 18, item 4): with {@code ?minVersion=} the
 * probe got 404 at once for a hidden case and 503 after three seconds for an unknown one. Now the event store is asked
 * first, and both are the same 404 at once, with the same body; only a case the caller sees is waited for.
 */
@EmbeddedApplicationTest
class HiddenCaseIT {

    @LocalServerPort
    int port;

    @Test
    void min_version_tells_a_hidden_case_from_an_unknown_one_in_no_way() {
        ApiClient api = new ApiClient(port);
        // community 5: outside fuli.officer's node (Fuli)
        String hidden = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Lift','content':'Since Monday',
                 'gridCode':'SH-C5-G01','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""),
                "intake").text("caseId");
        assertThat(api.get("/api/cases/" + hidden + "?minVersion=2", "auditor").status()).isEqualTo(200);

        Timed ofHidden = timed(api, "/api/cases/" + hidden + "?minVersion=1");
        Timed ofUnknown = timed(api, "/api/cases/" + UUID.randomUUID() + "?minVersion=1");
        assertThat(ofHidden.reply().status()).isEqualTo(ofUnknown.reply().status()).isEqualTo(404);
        assertThat(withoutInstance(ofHidden.reply())).isEqualTo(withoutInstance(ofUnknown.reply()));
        assertThat(ofHidden.millis()).as("no wait for a hidden case").isLessThan(1_500);
        assertThat(ofUnknown.millis()).as("no wait for an unknown case").isLessThan(1_500);
        // a case the caller sees is still waited for: read-your-writes
        assertThat(api.get("/api/cases/" + hidden + "?minVersion=2", "auditor").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + hidden + "?minVersion=99", "auditor").status()).isEqualTo(503);

        // without minVersion both are the same 404 at once
        assertThat(api.get("/api/cases/" + hidden, "fuli.officer").status()).isEqualTo(404);
        assertThat(withoutInstance(api.get("/api/cases/" + hidden, "fuli.officer")))
                .isEqualTo(withoutInstance(api.get("/api/cases/" + UUID.randomUUID(), "fuli.officer")));
    }

    private record Timed(Reply reply, long millis) {
    }

    private static Timed timed(ApiClient api, String path) {
        long started = System.nanoTime();
        Reply reply = api.get(path, "fuli.officer");
        return new Timed(reply, (System.nanoTime() - started) / 1_000_000);
    }

    private static String withoutInstance(Reply reply) {
        ObjectNode body = reply.body().deepCopy();
        body.remove("instance");
        return body.toString();
    }
}
