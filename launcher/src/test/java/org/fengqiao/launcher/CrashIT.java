package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged launcher as a child process, sends a concurrent burst of commands, kills the process with
 * SIGKILL the moment the last one is acknowledged, starts it again on the same data folder and checks that every
 * acknowledged command is in its case: the next command's {@code version} must be exactly one more than the number
 * of acknowledged commands.
 */
class CrashIT {

    /** How long the service may take to start: a JVM start on a machine that other builds load as well. */
    private static final Duration START = Duration.ofSeconds(180);

    private static final int CASES = 6;
    private static final int NOTES_PER_CASE = 40;

    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void a_kill_right_after_acknowledged_commands_loses_none() throws Exception {
        Path folder = TemporaryDataFolder.newFolder();
        int port = freePort();
        ApiClient before = start(folder, port);

        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            ApiClient.Reply created = before.post("/api/disputes", json("""
                    {'source':'SCREENING','category':'PROPERTY','subject':'Parking dispute %d','gridCode':'SH-C4-G01',
                     'parties':[{'name':'甲%d','role':'APPLICANT'},{'name':'乙%d','role':'RESPONDENT'}]}"""
                    .formatted(i, i, i)));
            assertThat(created.status()).isEqualTo(201);
            cases.add(created.text("caseId"));
        }
        Map<String, AtomicLong> acknowledged = new ConcurrentHashMap<>();
        cases.forEach(id -> acknowledged.put(id, new AtomicLong(2)));

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> burst = new ArrayList<>();
        for (int n = 0; n < NOTES_PER_CASE; n++) {
            for (String id : cases) {
                int note = n;
                burst.add(clients.submit(() -> {
                    ApiClient.Reply reply = before.post("/api/disputes/" + id + "/notes",
                            json("{'text':'visit %d'}".formatted(note)));
                    if (reply.status() == 200) {
                        acknowledged.get(id).incrementAndGet();
                    }
                }));
            }
        }
        for (Future<?> command : burst) {
            command.get();
        }
        process.destroyForcibly().waitFor();
        clients.shutdown();

        long total = acknowledged.values().stream().mapToLong(AtomicLong::get).sum();
        assertThat(total).as("most of the burst was acknowledged").isGreaterThan(CASES * NOTES_PER_CASE / 2);

        ApiClient after = start(folder, port);
        for (String id : cases) {
            ApiClient.Reply next = after.post("/api/disputes/" + id + "/notes", json("{'text':'after the crash'}"));
            assertThat(next.version()).as("case %s", id).isEqualTo(acknowledged.get(id).get() + 1);
        }
    }

    private ApiClient start(Path folder, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File jar = Path.of("target", "fengqiao.jar").toFile();
        assertThat(jar).as("the packaged launcher").exists();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.getAbsolutePath(),
                "--server.port=" + port, "--fengqiao.data-dir=" + folder)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("service.log").toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        TemporaryDataFolder.properties(folder).forEach((key, value) ->
                builder.command().add("--" + key + "=" + value));
        process = builder.start();
        ApiClient api = new ApiClient(port);
        await().atMost(START).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> api.get("/actuator/health").status() == 200);
        return api;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
