package org.fengqiao.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rate of a full rebuild of both projections ({@code POST /api/admin/replay}) over a store of about
 * {@code --replay-events} events (default 1,000,000). The store is grown from a few hundred cases recorded through the
 * API, copied under new ids with the service stopped; the service then catches up from those copies (reported too)
 * before the rebuilds are timed.
 */
final class ReplayScenario {

    private final Bench.Options options;

    ReplayScenario(Bench.Options options) {
        this.options = options;
    }

    boolean run(Report report) throws Exception {
        long target = options.integer("replay-events", 1_000_000);
        int runs = options.integer("replay-runs", 3);
        Path data = options.newDataDir("replay");
        Service service = options.service(data);
        try {
            service.start();
            Api api = new Api(service.baseUrl());
            Workload seed = new Workload(api, 0, 0);
            seed.run(8, options.decimal("seed-seconds", 15));
            service.stop();

            long events;
            long grow = System.nanoTime();
            try (EventStoreFile store = new EventStoreFile(service.eventStore())) {
                Map<String, List<EventStoreFile.Row>> templates = new LinkedHashMap<>();
                store.byCase().forEach((id, rows) -> {
                    if (rows.get(0).payloadType().endsWith("DisputeReceived")) {
                        templates.put(id, rows);
                    }
                });
                store.growTo(target, templates, 200_000);
                events = store.count();
            }
            System.out.printf("store grown to %,d events in %.0f s%n", events, (System.nanoTime() - grow) / 1e9);

            service.start();
            double catchUp = Projections.awaitCaughtUp(api, 7200);
            report.add("events in the store", events, "count", "copies of cases recorded through the API");
            report.add("catch-up of the live projections", events / catchUp, "events/s",
                    "both processors, from the store's growth to caught up");
            double[] rates = new double[runs];
            double[] wall = new double[runs];
            boolean passed = true;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                Api.Reply status = Projections.replay(api, 7200);
                double seconds = (System.nanoTime() - start) / 1e9;
                passed &= status.json().path("state").asText().equals("DONE");
                rates[run] = status.json().path("eventsPerSecond").asDouble(Double.NaN);
                wall[run] = events / seconds;
                System.out.printf("replay %d: %s, %.0f events/s folding, %.0f events/s wall clock%n", run + 1,
                        status.json().path("state").asText(), rates[run], wall[run]);
            }
            report.addMedian("full rebuild (replay endpoint's rate)", rates, "events/s",
                    "read + fold into a fresh generation of both projections");
            report.addMedian("full rebuild, wall clock incl. switch", wall, "events/s", "POST to DONE");
            report.add("peak resident memory", service.peakResidentKb() / 1024.0, "MiB", "VmHWM of the JVM");
            return passed;
        } finally {
            service.stop();
        }
    }
}
