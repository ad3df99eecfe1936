package org.fengqiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged one-process service as a child JVM on a data folder of its own: started, stopped gracefully or killed
 * with SIGKILL, and restarted on the same folder. Its output goes to {@code service.log} in the folder.
 */
final class Service implements AutoCloseable {

    private final Path jar;
    private final Path dataDir;
    private final String heap;
    private final List<String> arguments;
    private final List<String> jvmArguments;
    private final int port;
    private final int readySeconds;
    private Process process;

    Service(Path jar, Path dataDir, String heap, List<String> jvmArguments, List<String> arguments,
            int readySeconds) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.heap = heap;
        this.jvmArguments = List.copyOf(jvmArguments);
        this.arguments = List.copyOf(arguments);
        this.port = freePort();
        this.readySeconds = readySeconds;
    }

    Path dataDir() {
        return dataDir;
    }

    Path eventStore() {
        return dataDir.resolve("events.db");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the JVM and waits until the readiness probe answers 200 (at most two minutes). */
    Service start() {
        try {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-XX:+UseG1GC"));
            command.addAll(jvmArguments);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--fengqiao.data-dir=" + dataDir));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("service.log").toFile()));
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Api api = new Api(baseUrl());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(readySeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("service.log"));
            }
            if (api.get("/actuator/health/readiness", "admin").status() == 200) {
                return this;
            }
            pause(250);
        }
        throw new IllegalStateException("the service was not ready within " + readySeconds + " s; see " + dataDir);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: a graceful shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    /** The peak resident set size of the process so far, in kB (Linux's VmHWM); -1 where /proc is unavailable. */
    long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
