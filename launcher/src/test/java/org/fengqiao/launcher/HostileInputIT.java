package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.net.http.HttpRequest;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inputs a generated-request probe found answered with 500 (issue 18, item 6), each now a 4xx problem document
 * on the running application: a multipart body without a boundary, a {@code %2e%2e} path, an unknown kind of case, a
 * 300-character case id, and business times outside any plausible range (a negative epoch number, year 0001).
 */
@EmbeddedApplicationTest
class HostileInputIT {

    private static final String DISPUTE = """
            {'source':'APPLICATION','category':'PROPERTY','subject':'Lift','content':'Since Monday',
             'gridCode':'SH-C5-G01','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]""";

    @LocalServerPort
    int port;

    @Test
    void a_multipart_body_without_a_boundary_is_an_unsupported_media_type() {
        Reply reply = new ApiClient(port).send("/api/petitions", request -> request
                .header("Authorization", ApiClient.basic("intake")).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\n")));
        assertProblem(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void odd_paths_are_problems_not_errors() {
        ApiClient api = new ApiClient(port);
        assertProblem(api.get("/api/cases/%2e%2e/history", "auditor"), 400, "REQUEST_REJECTED");
        assertProblem(api.get("/api/%2e%2e/api/cases", "auditor"), 400, "REQUEST_REJECTED");
        assertProblem(api.post("/api/frogs/" + java.util.UUID.randomUUID() + "/notes", json("{'text':'x'}"),
                "supervisor"), 404, null);
        String longId = "a".repeat(300);
        assertProblem(api.get("/api/cases/" + longId, "auditor"), 404, "CASE_NOT_FOUND");
        assertProblem(api.get("/api/cases/" + longId + "/history", "auditor"), 404, "CASE_NOT_FOUND");
        assertProblem(api.post("/api/disputes/" + longId + "/notes", json("{'text':'x'}"), "supervisor"), 404,
                "CASE_NOT_FOUND");
    }

    @Test
    void business_times_outside_the_plausible_range_are_invalid_input() {
        ApiClient api = new ApiClient(port);
        for (String receivedAt : new String[] {"-99999999999", "'0001-01-01T00:00:00Z'", "1e300"}) {
            Reply reply = api.post("/api/disputes", json(DISPUTE + ",'receivedAt':" + receivedAt + "}"), "intake");
            assertProblem(reply, 400, "INVALID_VALUE");
            assertThat(reply.text("field")).isEqualTo("receivedAt");
        }
        assertThat(api.post("/api/disputes", json(DISPUTE + ",'receivedAt':'2026-01-05T09:00:00Z'}"), "intake")
                .status()).isEqualTo(201);
        assertProblem(api.get("/api/boards/overview?asOf=-999999999-01-01T00:00:00Z", "auditor"), 400,
                "INVALID_VALUE");
        assertProblem(api.get("/api/cases/" + java.util.UUID.randomUUID() + "?asOf=0001-01-01T00:00:00Z", "auditor"),
                400, "INVALID_VALUE");
    }
}
