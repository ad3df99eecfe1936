package org.fengqiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Lifecycles under load: commands/s, command latency, projection lag, query latency, peak heap and resident memory,
 * and in the same run two ceilings: the rate of the same HTTP stack on an endpoint that does nothing (the liveness
 * probe), and the raw rate of one-row transactions on an SQLite file configured like the event store.
 */
final class LoadScenario {

    private final Bench.Options options;

    LoadScenario(Bench.Options options) {
        this.options = options;
    }

    boolean run(Report report) throws Exception {
        int clients = options.integer("clients", 16);
        double seconds = options.decimal("seconds", 20);
        int runs = options.integer("runs", 3);
        double queryShare = options.decimal("query-share", 0.3);
        double lagSample = options.decimal("lag-sample", 0.1);
        String url = options.text("url", null);

        Service service = null;
        Api api;
        if (url == null) {
            service = options.service(options.newDataDir("load")).start();
            api = new Api(service.baseUrl());
        } else {
            api = new Api(url);
        }
        HeapSampler heap = new HeapSampler(api);
        heap.start();
        boolean clean = true;
        double commandRate = Double.NaN;
        try {
            new Workload(api, queryShare, 0).run(clients, options.decimal("warmup", 10));
            double[] noop = new double[runs];
            Workload[] loads = new Workload[runs];
            double[] elapsed = new double[runs];
            for (int run = 0; run < runs; run++) {
                noop[run] = noopRate(api, clients, Math.min(seconds, 10));
                loads[run] = new Workload(api, queryShare, lagSample);
                elapsed[run] = loads[run].run(clients, seconds);
                System.out.printf("run %d: %.0f commands/s, %d errors%n", run + 1,
                        loads[run].commands.count() / elapsed[run], loads[run].commandErrors.get());
                clean &= loads[run].commandErrors.get() == 0 && loads[run].queryErrors.get() == 0;
                loads[run].firstErrors.forEach(error -> System.out.println("  error: " + error));
            }
            String how = clients + " clients, " + (int) seconds + " s per run, " + (int) (queryShare * 100)
                    + " % queries";
            commandRate = report.addMedian("commands per second", each(loads, elapsed,
                    (w, s) -> w.commands.count() / s), "1/s", how);
            report.addMedian("command latency p50", each(loads, w -> w.commands.percentileMillis(50)), "ms", null);
            report.addMedian("command latency p95", each(loads, w -> w.commands.percentileMillis(95)), "ms", null);
            report.addMedian("command latency p99", each(loads, w -> w.commands.percentileMillis(99)), "ms", null);
            for (Workload.Step step : Workload.Step.values()) {
                report.addMedian("  " + step.name().toLowerCase() + " p50",
                        each(loads, w -> w.perStep.get(step).percentileMillis(50)), "ms", null);
            }
            report.addMedian("projection lag p50", each(loads, w -> w.lag.percentileMillis(50)), "ms",
                    "command answered → case view at that version (minVersion read), "
                            + (int) (lagSample * 100) + " % of commands sampled");
            report.addMedian("projection lag p99", each(loads, w -> w.lag.percentileMillis(99)), "ms", null);
            report.addMedian("case query p50", each(loads, w -> w.caseQueries.percentileMillis(50)), "ms",
                    "GET /api/cases/{id}");
            report.addMedian("case query p99", each(loads, w -> w.caseQueries.percentileMillis(99)), "ms", null);
            report.addMedian("board query p50", each(loads, w -> w.boardQueries.percentileMillis(50)), "ms",
                    "GET /api/boards/overview (root or a community)");
            report.addMedian("board query p99", each(loads, w -> w.boardQueries.percentileMillis(99)), "ms", null);
            report.addMedian("errors", each(loads, w -> w.commandErrors.get() + w.queryErrors.get()
                    + w.lagMisses.get()), "count", "non-2xx answers and lag probes that timed out");
            double ceiling = report.addMedian("ceiling: no-op endpoint", noop, "1/s",
                    "GET /actuator/health/liveness, same clients, same HTTP stack");
            report.add("commands/s as a share of the no-op rate", commandRate / ceiling * 100, "%", null);
            report.add("peak heap used", heap.peakMegabytes(), "MiB", "sampled every second over the actuator");
            if (service != null) {
                report.add("peak resident memory", service.peakResidentKb() / 1024.0, "MiB", "VmHWM of the JVM");
            }
        } finally {
            heap.stop();
            if (service != null) {
                service.stop();
            }
        }
        double[] inserts = new double[runs];
        for (int run = 0; run < runs; run++) {
            inserts[run] = sqliteInsertRate(options.newDataDir("sqlite"), Math.min(seconds, 10));
        }
        double raw = report.addMedian("ceiling: SQLite one-row transactions", inserts, "1/s",
                "WAL, synchronous=NORMAL, ~900-byte rows, one writer, service stopped");
        report.add("commands/s as a share of the SQLite rate", commandRate / raw * 100, "%",
                "each command appends one event in one transaction");
        return clean;
    }

    /** Requests per second on the liveness probe, which answers from memory. */
    private static double noopRate(Api api, int clients, double seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                while (System.nanoTime() < deadline) {
                    if (api.get("/actuator/health/liveness", "admin").ok()) {
                        done.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) seconds + 60, TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One-row transactions per second into a table shaped like the event store's, one writer. */
    static double sqliteInsertRate(Path folder, double seconds) throws SQLException {
        String payload = "{\"text\":\"" + "x".repeat(820) + "\"}";
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("raw.db"))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA synchronous=NORMAL");
                statement.execute("CREATE TABLE events (globalIndex INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "aggregateIdentifier TEXT NOT NULL, sequenceNumber INTEGER NOT NULL, "
                        + "eventIdentifier TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, timeStamp TEXT NOT NULL, "
                        + "UNIQUE (aggregateIdentifier, sequenceNumber))");
            }
            long count = 0;
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (aggregateIdentifier, "
                    + "sequenceNumber, eventIdentifier, payload, timeStamp) VALUES (?, ?, ?, ?, ?)")) {
                String aggregate = UUID.randomUUID().toString();
                while (System.nanoTime() < deadline) {
                    insert.setString(1, aggregate);
                    insert.setLong(2, count);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.setString(4, payload);
                    insert.setString(5, java.time.Instant.now().toString());
                    insert.executeUpdate();
                    count++;
                }
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            try {
                Files.deleteIfExists(folder.resolve("raw.db"));
                Files.deleteIfExists(folder.resolve("raw.db-wal"));
                Files.deleteIfExists(folder.resolve("raw.db-shm"));
            } catch (java.io.IOException e) {
                // a scratch file in the work folder; leaving it is harmless
            }
        }
    }

    private static double[] each(Workload[] loads, ToDoubleFunction<Workload> figure) {
        double[] values = new double[loads.length];
        for (int i = 0; i < loads.length; i++) {
            values[i] = figure.applyAsDouble(loads[i]);
        }
        return values;
    }

    private static double[] each(Workload[] loads, double[] elapsed, PerRun figure) {
        double[] values = new double[loads.length];
        for (int i = 0; i < loads.length; i++) {
            values[i] = figure.apply(loads[i], elapsed[i]);
        }
        return values;
    }

    private interface PerRun {
        double apply(Workload load, double seconds);
    }

    /** Polls the service's heap use once a second and keeps the highest value. */
    static final class HeapSampler {

        private final Api api;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peakBytes = new AtomicLong(-1);
        private Thread thread;

        HeapSampler(Api api) {
            this.api = api;
        }

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    Api.Reply reply = api.get("/actuator/metrics/jvm.memory.used?tag=area:heap", "admin");
                    if (reply.ok()) {
                        long used = (long) reply.json().path("measurements").path(0).path("value").asDouble();
                        peakBytes.accumulateAndGet(used, Math::max);
                    }
                    Service.pause(1000);
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running.set(false);
        }

        double peakMegabytes() {
            return peakBytes.get() < 0 ? Double.NaN : peakBytes.get() / 1024.0 / 1024.0;
        }
    }
}
