package org.fengqiao.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The time to load one case with 10, 100, 1,000 and 10,000 events, with and without snapshots, seen as the latency
 * of a cheap command (a note) on that case: the command handler loads the aggregate, then appends one event. Cases
 * are recorded through the API and lengthened in the stopped service's store; the service then runs twice on the
 * same store: without snapshots (threshold beyond reach), then with the default threshold of 100.
 */
final class AggregateLoadScenario {

    private final Bench.Options options;

    AggregateLoadScenario(Bench.Options options) {
        this.options = options;
    }

    boolean run(Report report) throws Exception {
        long[] sizes = options.longs("sizes", "10,100,1000,10000");
        int samples = options.integer("samples", 21);
        Service service = options.service(options.newDataDir("aggregate-load"),
                "--fengqiao.snapshot.threshold=1000000000");
        List<String> cases = new ArrayList<>();
        try {
            service.start();
            Api api = new Api(service.baseUrl());
            for (long ignored : sizes) {
                Api.Reply created = api.post("/api/disputes", """
                        {"source":"APPLICATION","category":"NEIGHBOUR","subject":"Long case","gridCode":"SH-GY-G01",
                         "parties":[{"name":"测试甲","role":"APPLICANT"},{"name":"测试乙","role":"RESPONDENT"}]}""",
                        "intake");
                String id = created.json().path("caseId").asText();
                api.post("/api/disputes/" + id + "/assignment", "{\"unit\":\"SH-GY-MEDIATION\"}", "supervisor");
                api.post("/api/disputes/" + id + "/notes", "{\"text\":\"note\"}", "officer");
                cases.add(id);
            }
        } finally {
            service.stop();
        }
        try (EventStoreFile store = new EventStoreFile(service.eventStore())) {
            for (int i = 0; i < sizes.length; i++) {
                store.extend(cases.get(i), sizes[i]);
            }
        }
        boolean passed = true;
        for (String mode : List.of("without snapshots", "with snapshots (threshold 100)")) {
            boolean snapshots = mode.startsWith("with ");
            Service run = options.service(service.dataDir(),
                    "--fengqiao.snapshot.threshold=" + (snapshots ? 100 : 1_000_000_000));
            try {
                run.start();
                Api api = new Api(run.baseUrl());
                for (int i = 0; i < sizes.length; i++) {
                    String path = "/api/disputes/" + cases.get(i) + "/notes";
                    Api.Reply first = api.post(path, "{\"text\":\"timed\"}", "officer");
                    passed &= first.ok();
                    double[] later = new double[samples - 1];
                    for (int s = 0; s < later.length; s++) {
                        Api.Reply reply = api.post(path, "{\"text\":\"timed\"}", "officer");
                        passed &= reply.ok();
                        later[s] = reply.nanos() / 1e6;
                    }
                    String name = String.format("case with %,d events, %s", sizes[i], mode);
                    report.add(name + ": first command", first.nanos() / 1e6, "ms",
                            snapshots ? "loads every event, then takes a snapshot" : "cold");
                    report.add(name + ": next commands", Report.median(later), "ms",
                            "median of " + (samples - 1) + " notes");
                }
            } finally {
                run.stop();
            }
        }
        return passed;
    }
}
