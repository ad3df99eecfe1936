package org.fengqiao.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads at scale over HTTP: case lists ({@code GET /api/cases}) and board time travel
 * ({@code GET /api/boards/overview?asOf=}) over a store of about {@code --cases} cases (default 100,000). The store is
 * grown from cases recorded through the API, copied under new ids with the service stopped (as the replay scenario
 * does), the copies' recording times spread over the year before the seed ({@code --spread-days}, default 365), so that
 * a board as of a past day has a year of history behind it. After the live projections caught up, {@code --clients}
 * clients (default 4) list cases for {@code --seconds} per run ({@code --runs} runs after {@code --warmup} seconds),
 * each list one of the filters the console and the API use, newest first, a page of 20 to 200 among the first five;
 * then {@code --asof-samples} boards as of a random day of that year (default 5 per run), one at a time.
 * Every answer must be 200.
 */
final class ScaleScenario {

    /** The list filters, as query strings; the seed's cases are in the load driver's nodes. */
    private static final Map<String, String> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("none", "");
        FILTERS.put("node (community)", "node=SH-FL");
        FILTERS.put("node (grid)", "node=SH-FL-G03");
        FILTERS.put("status", "status=ASSIGNED");
        FILTERS.put("kind", "kind=DISPUTE");
        FILTERS.put("unit", "unit=SH-GY-MEDIATION");
        FILTERS.put("overdue", "overdue=false");
        FILTERS.put("risk", "risk=LOW");
        FILTERS.put("received (30 days)", "receivedFrom=%s");
        FILTERS.put("node + status", "node=SH-JH&status=CLOSED");
    }

    private final Bench.Options options;

    ScaleScenario(Bench.Options options) {
        this.options = options;
    }

    boolean run(Report report) throws Exception {
        int targetCases = options.integer("cases", 100_000);
        int runs = options.integer("runs", 3);
        int clients = options.integer("clients", 4);
        double seconds = options.decimal("seconds", 20);
        double warmup = options.decimal("warmup", 10);
        int asOfSamples = options.integer("asof-samples", 5);
        long spread = Duration.ofDays(options.integer("spread-days", 365)).toSeconds();
        Path data = options.newDataDir("scale");
        Service service = options.service(data);
        try {
            service.start();
            Api api = new Api(service.baseUrl());
            new Workload(api, 0, 0).run(8, options.decimal("seed-seconds", 15));
            service.stop();

            long grow = System.nanoTime();
            long events;
            long cases;
            try (EventStoreFile store = new EventStoreFile(service.eventStore())) {
                Map<String, List<EventStoreFile.Row>> templates = store.byCase();
                long templateEvents = templates.values().stream().mapToLong(List::size).sum();
                long target = templateEvents * targetCases / Math.max(1, templates.size());
                store.growTo(target, templates, 200_000, spread);
                events = store.count();
                cases = store.caseCount();
            }
            System.out.printf("store grown to %,d cases, %,d events in %.0f s%n", cases, events,
                    (System.nanoTime() - grow) / 1e9);
            report.add("cases in the store", cases, "count", "copies of cases recorded through the API");
            report.add("events in the store", events, "count", "recording times spread over the year before");

            service.start();
            double catchUp = Projections.awaitCaughtUp(api, 7200);
            report.add("catch-up of the live projections", events / catchUp, "events/s",
                    "both processors, from the grown store to caught up");

            lists(api, clients, warmup, null);
            double[] p50 = new double[runs];
            double[] p99 = new double[runs];
            double[] rate = new double[runs];
            double[] asOfMedian = new double[runs];
            double[] asOfMax = new double[runs];
            Map<String, double[]> perFilter = new LinkedHashMap<>();
            FILTERS.keySet().forEach(name -> perFilter.put(name, new double[runs]));
            AtomicLong errors = new AtomicLong();
            for (int run = 0; run < runs; run++) {
                Map<String, Latencies> byFilter = new LinkedHashMap<>();
                FILTERS.keySet().forEach(name -> byFilter.put(name, new Latencies()));
                Latencies all = new Latencies();
                long start = System.nanoTime();
                errors.addAndGet(lists(api, clients, seconds, (filter, nanos) -> {
                    all.record(nanos);
                    byFilter.get(filter).record(nanos);
                }));
                double elapsed = (System.nanoTime() - start) / 1e9;
                p50[run] = all.percentileMillis(50);
                p99[run] = all.percentileMillis(99);
                rate[run] = all.count() / elapsed;
                for (String name : FILTERS.keySet()) {
                    perFilter.get(name)[run] = byFilter.get(name).percentileMillis(99);
                }
                Latencies asOf = new Latencies();
                for (int i = 0; i < asOfSamples; i++) {
                    Instant day = Instant.now().minusSeconds(ThreadLocalRandom.current().nextLong(spread));
                    Api.Reply board = api.get("/api/boards/overview?node=SH&asOf=" + day, "auditor");
                    if (board.ok()) {
                        asOf.record(board.nanos());
                    } else {
                        errors.incrementAndGet();
                        System.out.println("board asOf " + board.status() + " " + board.body());
                    }
                }
                asOfMedian[run] = asOf.percentileMillis(50);
                asOfMax[run] = asOf.percentileMillis(100);
                System.out.printf("run %d: %.0f lists/s, p50 %.1f ms, p99 %.1f ms; board asOf median %.0f ms, "
                        + "max %.0f ms%n", run + 1, rate[run], p50[run], p99[run], asOfMedian[run], asOfMax[run]);
            }
            String note = clients + " clients, the filters of the console and the API, pages of 20-200";
            report.addMedian("case list p50", p50, "ms", note);
            report.addMedian("case list p99", p99, "ms", note);
            report.addMedian("case lists answered", rate, "/s", note);
            perFilter.forEach((name, values) -> report.addMedian("case list p99, filter " + name, values, "ms",
                    "same runs"));
            report.addMedian("board asOf, median", asOfMedian, "ms",
                    asOfSamples + " boards of the root node as of a random instant of the year, one at a time");
            report.addMedian("board asOf, slowest", asOfMax, "ms", "same");
            report.add("errors", errors.get(), "count", "answers other than 200");
            report.add("peak resident memory", service.peakResidentKb() / 1024.0, "MiB", "VmHWM of the JVM");
            return errors.get() == 0;
        } finally {
            service.stop();
        }
    }

    /** What a timed list reports. */
    @FunctionalInterface
    interface Timing {
        void record(String filter, long nanos);
    }

    /** Lists from {@code clients} clients for {@code seconds}; answers the number of answers other than 200. */
    private static long lists(Api api, int clients, double seconds, Timing timing) throws InterruptedException {
        List<String> names = new ArrayList<>(FILTERS.keySet());
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    String name = names.get(random.nextInt(names.size()));
                    String filter = FILTERS.get(name).formatted(Instant.now().minus(Duration.ofDays(30)));
                    int size = List.of(20, 50, 100, 200).get(random.nextInt(4));
                    String path = "/api/cases?" + (filter.isEmpty() ? "" : filter + "&") + "sort=receivedAt,desc&page="
                            + random.nextInt(5) + "&size=" + size;
                    Api.Reply reply = api.get(path, "auditor");
                    if (!reply.ok()) {
                        if (errors.incrementAndGet() <= 3) {
                            System.out.println("list " + path + ": " + reply.status() + " " + reply.body());
                        }
                    } else if (timing != null) {
                        timing.record(name, reply.nanos());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) seconds + 600, TimeUnit.SECONDS);
        return errors.get();
    }
}
