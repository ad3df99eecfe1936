package org.fengqiao.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged launcher run as a child process on one data folder and port, so that a test can stop it and start it
 * again on the same data: what a restart of the service does. Its log goes to {@code service.log} in the folder.
 */
final class ServiceProcess {

    /** How long the service may take to start: a JVM start on a machine that other builds load as well. */
    private static final Duration START = Duration.ofSeconds(180);

    private final Path folder = TemporaryDataFolder.newFolder();
    private final int port = freePort();
    private Process process;

    Path folder() {
        return folder;
    }

    /** Starts the service with these extra arguments ({@code --key=value}) and waits until it is healthy. */
    ApiClient start(String... arguments) throws IOException {
        assertThat(process == null || !process.isAlive()).as("stopped before it starts again").isTrue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File jar = Path.of("target", "fengqiao.jar").toFile();
        assertThat(jar).as("the packaged launcher").exists();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.getAbsolutePath(),
                "--server.port=" + port));
        TemporaryDataFolder.properties(folder).forEach((key, value) -> command.add("--" + key + "=" + value));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("service.log").toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        process = builder.start();
        ApiClient api = new ApiClient(port);
        await().atMost(START).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> api.get("/actuator/health").status() == 200);
        return api;
    }

    /** Stops the service as an operator does (SIGTERM) and waits for it to end. */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("graceful stop").isTrue();
    }

    /** Ends the service if a test left it running. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
