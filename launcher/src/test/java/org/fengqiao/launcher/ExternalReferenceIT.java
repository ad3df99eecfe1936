package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import java.util.UUID;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another system's references on the running application (issue 18, item 3): only the system client that owns a
 * system registers under it (403 for anyone else, and for a system no one owns), a repeated intake with the same
 * reference and body answers the case registered first, and one with another body is a conflict (409) that records
 * nothing.
 */
@EmbeddedApplicationTest
class ExternalReferenceIT {

    @LocalServerPort
    int port;

    private static String petition(String subject, String system, String ref) {
        return json("""
                {'channel':'HOTLINE','category':'PROPERTY','subject':'%s','content':'Since Monday',
                 'gridCode':'SH-JH-G03','petitioners':[{'name':'Resident D'}],
                 'externalRef':{'system':'%s','id':'%s'}}""".formatted(subject, system, ref));
    }

    @Test
    void a_reference_cannot_be_squatted_by_another_caller() {
        ApiClient api = new ApiClient(port);
        String ref = "T-" + UUID.randomUUID().toString().substring(0, 8);
        Reply squat = api.post("/api/petitions", petition("Lift", "hotline-12345", ref), "intake");
        assertProblem(squat, 403, "EXTERNAL_SYSTEM_NOT_YOURS");
        assertProblem(api.post("/api/petitions", petition("Lift", "court-x", ref), "hotline"), 403,
                "EXTERNAL_SYSTEM_NOT_YOURS");
        Reply own = api.post("/api/petitions", petition("Lift", "hotline-12345", ref), "hotline");
        assertThat(own.status()).as(own.body().toString()).isEqualTo(201);
        assertThat(own.version()).isEqualTo(2);
    }

    @Test
    void the_same_reference_with_another_body_is_a_conflict_and_the_same_body_a_retry() {
        ApiClient api = new ApiClient(port);
        String ref = "T-" + UUID.randomUUID().toString().substring(0, 8);
        Reply first = api.post("/api/petitions", petition("Lift", "hotline-12345", ref), "hotline");
        assertThat(first.status()).isEqualTo(201);
        Reply retry = api.post("/api/petitions", petition("Lift", "hotline-12345", ref), "hotline");
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("caseId")).isEqualTo(first.text("caseId"));
        assertProblem(api.post("/api/petitions", petition("Heating", "hotline-12345", ref), "hotline"), 409,
                "EXTERNAL_REF_CONFLICT");
        assertThat(api.get("/api/cases/" + first.text("caseId") + "/history", "auditor").body().path("items"))
                .hasSize(2);
    }

    @Test
    void a_failed_intake_keeps_nothing_so_its_corrected_retry_registers() {
        ApiClient api = new ApiClient(port);
        String ref = "T-" + UUID.randomUUID().toString().substring(0, 8);
        String unknownGrid = petition("Lift", "hotline-12345", ref).replace("SH-JH-G03", "SH-XX-G99");
        assertThat(api.post("/api/petitions", unknownGrid, "hotline").status()).isBetween(400, 422);
        assertThat(api.post("/api/petitions", petition("Lift", "hotline-12345", ref), "hotline").status())
                .isEqualTo(201);
    }
}
