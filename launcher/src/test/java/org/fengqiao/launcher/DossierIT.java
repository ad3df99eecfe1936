package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case dossier as a JSON bundle and as a printable Chinese HTML page, each export recorded in the case's history.
 */
@EmbeddedApplicationTest
class DossierIT {

    @LocalServerPort
    int port;

    @Test
    void exports_the_case_file_as_json_and_html_and_records_each_export_in_the_history() throws Exception {
        ApiClient api = new ApiClient(port);
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Lift out of order','content':'Since Monday',
                 'gridCode':'SH-C5-G01','parties':[{'name':'陈一','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""));
        String id = created.text("caseId");
        String number = created.text("caseNumber");
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-TASKFORCE'}")).status())
                .isEqualTo(200);
        api.post("/api/admin/anchors", "{}");

        // no command route: the rule table refuses a POST before routing would answer 405
        ApiClient.Reply bundle = api.post("/api/cases/" + id + "/dossier", "{}");
        assertThat(bundle.status()).isEqualTo(403);
        JsonNode dossier = get(api, "/api/cases/" + id + "/dossier", "application/json", "auditor");
        assertThat(dossier.path("caseId").asText()).isEqualTo(id);
        assertThat(dossier.path("exportedBy").asText()).isEqualTo("auditor");
        assertThat(dossier.at("/view/caseNumber").asText()).isEqualTo(number);
        assertThat(dossier.path("events")).hasSize(3);
        assertThat(dossier.at("/events/0/eventType").asText()).isEqualTo("DisputeReceived");
        assertThat(dossier.at("/events/2/hash").asText()).hasSize(64);
        assertThat(dossier.at("/events/2/metadata/previousHash").asText()).isEqualTo(dossier.at("/events/1/hash").asText());
        assertThat(dossier.at("/verification/valid").asBoolean()).isTrue();
        assertThat(dossier.at("/anchor/proofValid").asBoolean()).isTrue();
        assertThat(dossier.at("/anchor/proof/head/hash").asText()).isEqualTo(dossier.at("/events/2/hash").asText());

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/cases/" + id + "/dossier"))
                .header("Accept", "text/html,application/xhtml+xml").header("Authorization", ApiClient.basic("auditor"))
                .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "案件档案（一案一档）", number, "办理时间线", "矛盾纠纷登记",
                "交办", "档案导出", "校验通过", "@media print");

        JsonNode history = api.get("/api/cases/" + id + "/history").body();
        assertThat(history.path("items")).hasSize(5);
        JsonNode firstExport = history.path("items").get(3);
        assertThat(firstExport.path("eventType").asText()).isEqualTo("DossierExported");
        assertThat(firstExport.path("actor").asText()).isEqualTo("auditor");
        assertThat(firstExport.at("/fields/format").asText()).isEqualTo("json");
        assertThat(firstExport.at("/fields/exportedVersion").asLong()).isEqualTo(3);
        assertThat(firstExport.at("/fields/headHash").asText()).isEqualTo(dossier.at("/events/2/hash").asText());
        assertThat(history.path("items").get(4).at("/fields/format").asText()).isEqualTo("html");
        assertThat(api.get("/api/cases/" + id + "/verification").body().path("valid").asBoolean()).isTrue();
    }

    @Test
    void an_unknown_case_or_format_is_a_problem_and_records_nothing() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/cases/" + UUID.randomUUID() + "/dossier").status()).isEqualTo(404);
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Leak','content':'Roof',
                 'gridCode':'SH-C5-G01','parties':[{'name':'陈二','role':'APPLICANT'},{'name':'物业','role':'RESPONDENT'}]}"""));
        String id = created.text("caseId");
        ApiClient.Reply pdf = api.get("/api/cases/" + id + "/dossier?format=pdf");
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.text("field")).isEqualTo("format");
        assertThat(api.get("/api/cases/" + id + "/history").body().path("items")).hasSize(2);
    }

    private JsonNode get(ApiClient api, String path, String accept, String actor) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept).header("Authorization", ApiClient.basic(actor))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }
}
