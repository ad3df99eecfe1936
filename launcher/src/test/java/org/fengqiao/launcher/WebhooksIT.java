package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.fengqiao.launcher.ApiClient.Reply;
import org.fengqiao.launcher.WebhookReceiver.Received;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Outbound case events on the real application: a receiver in the test refuses the first two deliveries with 500;
 * the subscription's reader retries with back-off and the receiver gets exactly one signed {@code case.closed} per
 * closure, in order, while a confidential case outside the subscription's audience, closed in between, is never sent.
 */
@EmbeddedApplicationTest
class WebhooksIT {

    @LocalServerPort
    int port;

    private WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void a_receiver_failing_twice_gets_one_signed_case_closed_per_closure_in_order_and_no_confidential_case()
            throws Exception {
        receiver = new WebhookReceiver(2);
        List<Received> received = receiver.received();
        ApiClient api = new ApiClient(port);

        Reply created = api.post("/api/subscriptions", json("""
                {'client':'hotline','url':'%s','eventTypes':['case.closed'],'node':'SH-FL'}"""
                .formatted(receiver.url())), "admin");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String subscription = created.text("id");
        String secret = created.text("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get("/api/subscriptions/" + subscription, "admin").body().has("secret")).isFalse();
        assertThat(api.get("/api/subscriptions/" + subscription, "hotline").status()).isEqualTo(200);
        assertThat(api.get("/api/subscriptions/" + subscription + "/deliveries", "hotline").status())
                .as("the log is the admin's").isEqualTo(403);

        String first = closedPetition(api, null);
        String confidential = closedPetition(api, ",'confidentiality':{'reason':'a report against an official',"
                + "'roles':['SUPERVISOR','AUDITOR']}");
        String second = closedPetition(api, null);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                receiver.accepted().size() >= 2);
        List<Received> accepted = receiver.accepted();
        assertThat(received).hasSizeGreaterThanOrEqualTo(4);
        assertThat(received.subList(0, 2)).allMatch(r -> r.answered() == 500);
        assertThat(received.get(0).id()).as("the refused event is retried").isEqualTo(received.get(2).id());
        assertThat(accepted).hasSize(2);
        assertThat(accepted.stream().map(Received::id).distinct()).hasSize(2);

        List<String> subjects = accepted.stream().map(r -> r.json().path("subject").asText()).toList();
        assertThat(subjects).containsExactly(first, second);
        for (Received delivery : received) {
            assertThat(delivery.body()).doesNotContain(confidential).doesNotContain("王芳").doesNotContain("1380000");
            assertThat(WebhookSigner.verifies(secret, delivery.id(), delivery.timestamp(),
                    delivery.body(), delivery.signature())).as("signature of " + delivery.id()).isTrue();
            JsonNode event = delivery.json();
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("id").asText()).isEqualTo(delivery.id());
            assertThat(event.path("type").asText()).isEqualTo("cn.fengqiao.case.closed.v1");
            assertThat(event.path("chainhash").asText()).matches("[0-9a-f]{64}");
            assertThat(event.path("data").path("outcome").asText()).isEqualTo("NOT_ACCEPTED");
        }
        JsonNode firstEvent = accepted.get(0).json();
        assertThat(firstEvent.path("sequence").asLong()).isEqualTo(
                api.get("/api/cases/" + first, "supervisor").version());
        JsonNode verification = api.get("/api/cases/" + first + "/verification", "auditor").body();
        assertThat(verification.toString()).as("the case's head hash").contains(firstEvent.path("chainhash").asText());

        JsonNode log = api.get("/api/subscriptions/" + subscription + "/deliveries", "admin").body();
        assertThat(log.findValuesAsText("outcome")).contains("RETRY", "DELIVERED");
        assertThat(log.findValuesAsText("status")).contains("500", "204");
        assertThat(api.get("/api/subscriptions/" + subscription + "/dead-letters", "admin").body().size()).isZero();
    }

    @Test
    void a_system_client_reads_only_its_own_subscriptions_and_only_an_admin_makes_them() {
        ApiClient api = new ApiClient(port);
        Reply other = api.post("/api/subscriptions", json(
                "{'client':'court','url':'https://court.example/hooks'}"), "admin");
        assertThat(other.status()).isEqualTo(201);
        assertThat(api.get("/api/subscriptions/" + other.text("id"), "hotline").status()).isEqualTo(404);
        assertThat(api.get("/api/subscriptions", "hotline").body().findValuesAsText("client"))
                .doesNotContain("court");
        assertThat(api.post("/api/subscriptions", json("{'client':'hotline','url':'https://x.example/h'}"),
                "hotline").status()).isEqualTo(403);
        assertThat(api.post("/api/subscriptions", json("{'client':'court','url':'not a url'}"), "admin").status())
                .isEqualTo(400);
        assertThat(api.post("/api/subscriptions", json("{'client':'court','url':'https://c.example/h',"
                + "'secret':'plain'}"), "admin").status()).isEqualTo(400);
        // a node that is no code at all is refused like an unknown one (the fuzzer found a 500 here)
        for (String node : new String[] {"0.5", "SH-NOWHERE"}) {
            Reply refused = api.post("/api/subscriptions", json("{'client':'court','url':'https://c.example/h',"
                    + "'node':'" + node + "'}"), "admin");
            assertThat(refused.status()).as(node).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("node");
        }

        Reply rotated = api.post("/api/subscriptions/" + other.text("id") + "/secrets", "{}", "admin");
        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.text("secret")).startsWith("whsec_");
        assertThat(rotated.body().path("secrets").asInt()).as("old and new sign during the rotation").isEqualTo(2);
    }

    /** A petition in Fuli community declined at acceptance, which closes it (NOT_ACCEPTED): its id. */
    static String closedPetition(ApiClient api, String confidentiality) {
        Reply petition = api.post("/api/petitions", json("""
                {'channel':'HOTLINE','category':'PROPERTY','subject':'Lift out of order','content':'Since Monday',
                 'gridCode':'SH-FL-G03','petitioners':[{'name':'王芳','phone':'13800001111'}]%s}"""
                .formatted(confidentiality == null ? "" : confidentiality)), "intake");
        assertThat(petition.status()).as(petition.body().toString()).isEqualTo(201);
        String id = petition.text("caseId");
        Reply declined = api.post("/api/petitions/" + id + "/acceptance",
                json("{'accepted':false,'reason':'handled by the court already'}"), "supervisor");
        assertThat(declined.status()).as(declined.body().toString()).isEqualTo(200);
        return id;
    }
}
