package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;
import static org.fengqiao.launcher.LifecycleIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fengqiao.launcher.ApiClient.Reply;
import org.fengqiao.launcher.WebhookReceiver.Received;
import org.fengqiao.platform.webhooks.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's done-when on a restarted service: a receiver that answers 500 twice, with the service stopped during the
 * back-off and started again on the same data, gets exactly one {@code case.closed} per closure, in order, each
 * signature verifying. Runs the packaged launcher as a child process ({@link ServiceProcess}): first on this
 * machine's clock, then with its clock 40 days ahead ({@code fengqiao.clock.offset}), as if the service came back more
 * than a month later (deliveries are signed and retried on the machine's clock, which the offset does not move). That
 * also reaches what no officer may do over HTTP (business times are dated at most 30 days back): a dispute's window
 * for judicial confirmation (30 days from the agreement, 人民调解法 Art. 33) closed before the parties applied, 409
 * {@code CONFIRMATION_WINDOW_CLOSED} (issue 16), while an application dated within the window is still recorded.
 */
class WebhookRestartIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** How far the second run's clock is ahead: past the longest window (30 days, rolled past holidays). */
    private static final Duration AHEAD = Duration.ofDays(40);
    /** The first retry's back-off; the second comes twice as late, so the stop falls within it. */
    private static final Duration BACK_OFF = Duration.ofSeconds(20);

    private final ServiceProcess service = new ServiceProcess();
    private WebhookReceiver receiver;

    /** A case closed, and its version then. */
    record ClosedCase(String id, long version) {
    }

    @AfterEach
    void stop() {
        service.kill();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void a_receiver_failing_twice_across_a_restart_gets_each_case_closed_once_in_order_and_a_closed_window_is_409()
            throws Exception {
        receiver = new WebhookReceiver(2);
        List<Received> received = receiver.received();
        String[] retries = {"--fengqiao.webhooks.retry.initial-interval=" + BACK_OFF};

        // first run: a subscription, a petition declined (closed) and a dispute agreed and closed
        ApiClient before = service.start(retries);
        Reply subscribed = before.post("/api/subscriptions", json("""
                {'client':'hotline','url':'%s','eventTypes':['case.closed'],'node':'SH-FL'}"""
                .formatted(receiver.url())), "admin");
        assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(201);
        String secret = subscribed.text("secret");
        String petition = WebhooksIT.closedPetition(before, null);
        ClosedCase closed = agreedAndClosedDispute(before);
        String dispute = closed.id();
        Instant windowEndsAt = Instant.parse(before.get("/api/cases/" + dispute + "?minVersion=" + closed.version(),
                "supervisor").body().at("/judicialConfirmation/windowEndsAt").asText());
        assertThat(windowEndsAt).as("the window closes before the second run's time")
                .isBefore(Instant.now().plus(AHEAD));

        // the receiver refuses the first closure twice; the service stops during the second back-off
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> received.size() >= 2);
        service.stop();
        assertThat(received).as("stopped before the third attempt").hasSize(2);
        assertThat(received).allMatch(r -> r.answered() == 500);
        assertThat(received.get(1).id()).as("the refused event is retried").isEqualTo(received.get(0).id());

        // second run, on the same data, 40 days on: the retries go on from the stored cursor
        Instant restarted = Instant.now();
        ApiClient after = service.start(concat(retries, "--fengqiao.clock.offset=" + AHEAD));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                receiver.accepted().size() >= 2);
        // a few more polls of the readers deliver nothing again
        await().pollDelay(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10)).until(() -> true);

        List<Received> accepted = receiver.accepted();
        assertThat(accepted).hasSize(2);
        assertThat(accepted.stream().map(r -> r.json().path("subject").asText())).as("in the order of the closures")
                .containsExactly(petition, dispute);
        assertThat(accepted.get(0).id()).isEqualTo(received.get(0).id());
        assertThat(accepted.stream().map(Received::id).distinct()).hasSize(2);
        assertThat(received).hasSize(4);
        assertThat(accepted).allMatch(r -> r.timestamp() >= restarted.getEpochSecond());
        assertThat(accepted.stream().map(r -> r.json().at("/data/outcome").asText()))
                .containsExactly("NOT_ACCEPTED", "RESOLVED");
        for (Received delivery : received) {
            assertThat(WebhookSigner.verifies(secret, delivery.id(), delivery.timestamp(), delivery.body(),
                    delivery.signature())).as("signature of " + delivery.id()).isTrue();
            assertThat(delivery.json().path("type").asText()).isEqualTo("cn.fengqiao.case.closed.v1");
            assertThat(delivery.json().path("id").asText()).isEqualTo(delivery.id());
            assertThat(delivery.body()).doesNotContain("王芳", "刘洋", "13800");
        }
        JsonNode log = after.get("/api/subscriptions/" + subscribed.text("id") + "/deliveries", "admin").body();
        assertThat(log.findValuesAsText("outcome")).containsExactlyInAnyOrder("RETRY", "RETRY", "DELIVERED",
                "DELIVERED");

        // a month on, the parties apply for judicial confirmation: too late, unless they applied within the window
        String confirmation = "/api/disputes/" + dispute + "/judicial-confirmation";
        Reply late = asJudge(after, confirmation, Instant.now().plus(AHEAD).minusSeconds(5));
        assertProblem(late, 409, "CONFIRMATION_WINDOW_CLOSED");
        // nothing was recorded: an application already recorded would make this one 409 CONFIRMATION_ALREADY_APPLIED
        Reply inTime = asJudge(after, confirmation, windowEndsAt.minus(Duration.ofHours(2)));
        assertThat(inTime.status()).as(inTime.body().toString()).isEqualTo(200);
    }

    /**
     * A dispute in Fuli community mediated by the task force to an agreement, then closed.
     */
    private static ClosedCase agreedAndClosedDispute(ApiClient api) {
        Reply received = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise from the flat above',
                 'content':'Loud music every night','gridCode':'SH-FL-G01',
                 'parties':[{'name':'刘洋','phone':'13800002222','role':'APPLICANT'},{'name':'陈静','role':'RESPONDENT'}]}"""),
                "intake");
        assertThat(received.status()).as(received.body().toString()).isEqualTo(201);
        String id = received.text("caseId");
        String path = "/api/disputes/" + id;
        assertThat(api.post(path + "/assignment", json("{'unit':'SH-TASKFORCE'}"), "supervisor").status())
                .isEqualTo(200);
        Reply met = api.post(path + "/meetings", json("""
                {'type':'MEDIATION_SESSION','heldAt':'%s','participants':['刘洋','陈静','调解员何'],
                 'minutes':'Quiet hours agreed'}""".formatted(Instant.now())), "officer");
        assertThat(met.status()).as(met.body().toString()).isEqualTo(200);
        Reply agreed = api.post(path + "/agreement", json("""
                {'terms':'No music after 22:00','performBy':'%s','mediator':'调解员何',
                 'signatories':['刘洋','陈静','调解员何']}""".formatted(LocalDate.now(SHANGHAI).plusDays(5))),
                "officer");
        assertThat(agreed.status()).as(agreed.body().toString()).isEqualTo(200);
        Reply closed = api.post(path + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"),
                "officer");
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
        return new ClosedCase(id, closed.version());
    }

    /** The parties' application as the judge workstation's officer records it. */
    private static Reply asJudge(ApiClient api, String path, Instant appliedAt) {
        String body = json("{'court':'赛罕区人民法院','appliedAt':'%s'}".formatted(appliedAt));
        return api.send(path, request -> request.POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", ApiClient.basic("judge.officer")));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
