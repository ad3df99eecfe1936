package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.launcher.ApiClient.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.fengqiao.launcher.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bulkhead on whole-store reads over HTTP (issue 18, "read in the code"): requests that read the whole event store
 * (here anchor proofs, each a pass over the store from its first event) run at most
 * {@code fengqiao.http.whole-store-reads} at a time; the ones beyond are answered 503 {@code TOO_BUSY} with
 * {@code Retry-After} at once instead of queueing on the store, and the commands sent at the same moment are carried
 * out. A burst of concurrent proofs, all released at one barrier, exceeds two running reads; should a burst on a slow
 * machine happen to be served one by one, it is sent again. Grid SH-FL-G10.
 */
@EmbeddedApplicationTest
class WholeStoreReadsIT {

    private static final int READS = 16;
    private static final int COMMANDS = 4;
    private static final int BURSTS = 10;

    @LocalServerPort
    int port;

    @Value("${fengqiao.http.whole-store-reads:2}")
    int permits;

    @Test
    void reads_beyond_the_bound_are_503_too_busy_with_retry_after_while_commands_keep_flowing() throws Exception {
        ApiClient api = new ApiClient(port);
        String caseId = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'NEIGHBOUR','subject':'Noise at night','content':'Every weekend',
                 'gridCode':'SH-FL-G10','parties':[{'name':'孙一','role':'APPLICANT'},{'name':'李二','role':'RESPONDENT'}]}"""),
                "intake").text("caseId");
        assertThat(api.post("/api/disputes/" + caseId + "/assignment", json("{'unit':'SH-TASKFORCE'}"), "supervisor")
                .status()).isEqualTo(200);
        Reply anchor = api.post("/api/admin/anchors", "{}", "admin");
        assertThat(anchor.status()).isEqualTo(201);
        String proof = "/api/admin/anchors/" + anchor.text("anchorId") + "/proofs/" + caseId;
        assertThat(api.get(proof, "auditor").status()).isEqualTo(200);

        List<Reply> refused = new ArrayList<>();
        int notes = 0;
        ExecutorService threads = Executors.newFixedThreadPool(READS + COMMANDS);
        try {
            for (int burst = 0; burst < BURSTS && refused.isEmpty(); burst++) {
                CyclicBarrier start = new CyclicBarrier(READS + COMMANDS);
                List<CompletableFuture<Reply>> reads = new ArrayList<>();
                List<CompletableFuture<Reply>> commands = new ArrayList<>();
                for (int i = 0; i < READS; i++) {
                    reads.add(at(start, threads, () -> api.get(proof, "auditor")));
                }
                for (int i = 0; i < COMMANDS; i++) {
                    String text = "Neighbours met, round " + burst + "." + i;
                    commands.add(at(start, threads, () -> api.post("/api/disputes/" + caseId + "/notes",
                            json("{'text':'" + text + "'}"), "supervisor")));
                }
                int served = 0;
                for (CompletableFuture<Reply> read : reads) {
                    Reply reply = read.get(120, TimeUnit.SECONDS);
                    assertThat(reply.status()).as("%s", reply.body()).isIn(200, 503);
                    if (reply.status() == 503) {
                        refused.add(reply);
                    } else {
                        served++;
                    }
                }
                assertThat(served).as("the reads within the bound are served").isPositive();
                for (CompletableFuture<Reply> command : commands) {
                    Reply reply = command.get(120, TimeUnit.SECONDS);
                    assertThat(reply.status()).as("a command beside the reads: %s", reply.body()).isEqualTo(200);
                    notes++;
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(permits).isEqualTo(2);
        assertThat(refused).as("%d concurrent whole-store reads, %d bursts", READS, BURSTS).isNotEmpty();
        for (Reply reply : refused) {
            assertThat(reply.text("code")).isEqualTo("TOO_BUSY");
            assertThat(reply.body().path("status").asInt()).isEqualTo(503);
            assertThat(reply.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        }
        // every permit was given back: one read alone is served, and every command was recorded
        assertThat(api.get(proof, "auditor").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId + "?minVersion=" + (3 + notes), "auditor").version())
                .isEqualTo(3 + notes);
    }

    /** Runs {@code call} on one of {@code threads} once every party has reached {@code start}. */
    private static CompletableFuture<Reply> at(CyclicBarrier start, ExecutorService threads, Supplier<Reply> call) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return call.get();
        }, threads);
    }
}
