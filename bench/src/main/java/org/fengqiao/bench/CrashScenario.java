package org.fengqiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Kills the service with SIGKILL at a random moment under load (counted from the first answered command), starts it
 * again on the same data and checks: every command answered 2xx before the kill is in its case's history exactly
 * once, within the versions it answered; no case has a gap in its sequence; the projections, once caught up, hold
 * exactly what a full replay produces. Repeated {@code --crashes} times, each on fresh data with a different kill moment.
 */
final class CrashScenario {

    private final Bench.Options options;

    CrashScenario(Bench.Options options) {
        this.options = options;
    }

    boolean run(Report report) throws Exception {
        int crashes = options.integer("crashes", 3);
        int clients = options.integer("clients", 16);
        double seconds = options.decimal("crash-seconds", 20);
        boolean passed = true;
        long[] totals = new long[7];
        for (int crash = 1; crash <= crashes; crash++) {
            Service service = options.service(options.newDataDir("crash"));
            try {
                service.start();
                Api api = new Api(service.baseUrl());
                Workload load = new Workload(api, 0.1, 0);
                double killAfter = 2 + ThreadLocalRandom.current().nextDouble() * (seconds - 2);
                Thread driver = new Thread(() -> load.run(clients, seconds + 60), "crash-load");
                driver.start();
                // the kill moment counts from the first answered command: a kill before any answer tests nothing
                long firstAnswerBy = System.nanoTime() + 60_000_000_000L;
                while (load.acknowledgedCount() == 0 && System.nanoTime() < firstAnswerBy) {
                    Service.pause(50);
                }
                Service.pause((long) (killAfter * 1000));
                service.kill();
                load.stop();
                driver.join();

                Outcome outcome = checkStore(service, load);
                service.start();
                Projections.awaitCaughtUp(api, 300);
                double converged = awaitViews(api, outcome, 120);
                Map<String, JsonNode> live = snapshot(api, outcome.cases());
                Api.Reply replay = Projections.replay(api, 600);
                Map<String, JsonNode> rebuilt = snapshot(api, outcome.cases());
                int differences = 0;
                for (String id : outcome.cases()) {
                    // the view must show every stored event, not merely agree with the replay
                    long version = live.get("case " + id).path("version").asLong(-1);
                    if (version != outcome.eventCounts().get(id)) {
                        differences++;
                        System.out.println("  case view " + id + " at version " + version + ", store holds "
                                + outcome.eventCounts().get(id) + " events");
                    }
                }
                for (Map.Entry<String, JsonNode> entry : live.entrySet()) {
                    if (!entry.getValue().equals(rebuilt.get(entry.getKey()))) {
                        differences++;
                        if (differences <= 3) {
                            System.out.println("  differs after replay: " + entry.getKey() + "\n    live:    "
                                    + entry.getValue() + "\n    rebuilt: " + rebuilt.get(entry.getKey()));
                        }
                    }
                }
                boolean replayed = replay.json().path("state").asText().equals("DONE");
                boolean ok = outcome.lost() == 0 && outcome.duplicated() == 0 && outcome.gaps() == 0
                        && outcome.wrongEvent() == 0 && differences == 0 && replayed
                        && load.acknowledgedCount() > 0;
                passed &= ok;
                System.out.printf("crash %d after %.1f s: %d acknowledged, %d unanswered, %d cases; lost %d, "
                                + "duplicated %d, gaps %d, wrong event %d; %d read-model documents compared, "
                                + "%d differ from the store or a full replay (%s); views converged in %.1f s → %s%n",
                        crash, killAfter, load.acknowledgedCount(), load.unanswered.get(), outcome.cases().size(),
                        outcome.lost(), outcome.duplicated(), outcome.gaps(), outcome.wrongEvent(), live.size(),
                        differences, replay.json().path("state").asText(replay.status() + ""), converged,
                        ok ? "PASS" : "FAIL");
                ObjectNode detail = report.details().putObject("crash" + crash);
                detail.put("killAfterSeconds", killAfter);
                detail.put("secondsToConverge", converged);
                detail.put("acknowledged", load.acknowledgedCount());
                detail.put("unanswered", load.unanswered.get());
                detail.put("lost", outcome.lost());
                detail.put("duplicated", outcome.duplicated());
                detail.put("gaps", outcome.gaps());
                detail.put("differencesAfterReplay", differences);
                long[] run = {load.acknowledgedCount(), load.unanswered.get(), outcome.lost(), outcome.duplicated(),
                        outcome.gaps() + outcome.wrongEvent(), live.size(), differences};
                for (int i = 0; i < run.length; i++) {
                    totals[i] += run[i];
                }
            } finally {
                service.stop();
            }
        }
        report.add("crashes (SIGKILL under load)", crashes, "count", clients + " clients, kill at a random moment");
        report.add("acknowledged commands", totals[0], "count", "all crashes");
        report.add("commands without an answer at the kill", totals[1], "count", "may or may not be stored");
        report.add("acknowledged but lost", totals[2], "count", "must be 0");
        report.add("stored more than once", totals[3], "count", "must be 0");
        report.add("sequence gaps or wrong events", totals[4], "count", "must be 0");
        report.add("read-model documents compared with a full replay", totals[5], "count", null);
        report.add("documents that differ from the store or the replay", totals[6], "count", "must be 0");
        report.add("result", passed ? 1 : 0, passed ? "PASS" : "FAIL", null);
        return passed;
    }

    private record Outcome(List<String> cases, Map<String, Integer> eventCounts, long lost, long duplicated, long gaps,
                           long wrongEvent) {
    }

    /**
     * Reads the stored events of every case the load touched. An acknowledged command that answered version v, after
     * the case's previous acknowledged version u, must have stored its step's event among sequences u to v - 1; no
     * step's event may be stored more often than it was acknowledged, but for one command in flight at the kill;
     * sequences run 0, 1, 2, ... without a hole.
     */
    private static Outcome checkStore(Service service, Workload load) throws Exception {
        List<String> cases = new ArrayList<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        long lost = 0;
        long duplicated = 0;
        long gaps = 0;
        long wrong = 0;
        try (EventStoreFile store = new EventStoreFile(service.eventStore())) {
            for (Map.Entry<String, List<EventStoreFile.Row>> entry : store.byCase().entrySet()) {
                List<EventStoreFile.Row> rows = entry.getValue();
                if (!rows.get(0).payloadType().endsWith("DisputeReceived")) {
                    continue;
                }
                cases.add(entry.getKey());
                counts.put(entry.getKey(), rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).sequence() != i) {
                        gaps++;
                        break;
                    }
                }
                List<Workload.Ack> acks = new ArrayList<>(load.acknowledged.getOrDefault(entry.getKey(), List.of()));
                acks.sort(java.util.Comparator.comparingLong(Workload.Ack::version));
                // a command may append more than its own event (a deadline met or set beside it): its event must
                // lie between the version before it and the version it answered
                long before = 0;
                Map<String, Integer> acknowledgedTypes = new java.util.HashMap<>();
                for (Workload.Ack ack : acks) {
                    acknowledgedTypes.merge(ack.step().eventType, 1, Integer::sum);
                    if (ack.version() < 1 || ack.version() > rows.size()) {
                        lost++;
                    } else if (rows.subList((int) before, (int) ack.version()).stream()
                            .noneMatch(row -> row.payloadType().endsWith("." + ack.step().eventType))) {
                        wrong++;
                    }
                    before = Math.max(before, ack.version());
                }
                // stored more often than acknowledged: allowed once for the command that got no answer
                int allowance = acks.isEmpty() || load.unansweredCases.contains(entry.getKey()) ? 1 : 0;
                for (Workload.Step step : Workload.Step.values()) {
                    long stored = rows.stream().filter(row -> row.payloadType().endsWith("." + step.eventType)).count();
                    duplicated += Math.max(0, stored - acknowledgedTypes.getOrDefault(step.eventType, 0) - allowance);
                }
            }
            java.util.Set<String> stored = new java.util.HashSet<>(cases);
            for (Map.Entry<String, List<Workload.Ack>> entry : load.acknowledged.entrySet()) {
                if (!stored.contains(entry.getKey())) {
                    lost += entry.getValue().size();
                }
            }
        }
        return new Outcome(cases, counts, lost, duplicated, gaps, wrong);
    }

    /**
     * Waits until every case view shows as many events as the store holds for its case; answers the seconds that
     * took, or NaN when some view was still behind after {@code timeoutSeconds} (then the comparison reports it).
     */
    private static double awaitViews(Api api, Outcome outcome, double timeoutSeconds) {
        long start = System.nanoTime();
        List<String> behind = new ArrayList<>(outcome.cases());
        while (System.nanoTime() - start < timeoutSeconds * 1e9) {
            behind.removeIf(id -> api.get("/api/cases/" + id, "auditor").json().path("version").asLong(-1)
                    == outcome.eventCounts().get(id));
            if (behind.isEmpty()) {
                return (System.nanoTime() - start) / 1e9;
            }
            Service.pause(500);
        }
        return Double.NaN;
    }

    /** Every case view plus the boards, as the query side answers them now. */
    private static Map<String, JsonNode> snapshot(Api api, List<String> cases) {
        Map<String, JsonNode> documents = new java.util.TreeMap<>();
        for (String id : cases) {
            documents.put("case " + id, api.get("/api/cases/" + id, "auditor").json());
        }
        for (String node : List.of("", "?node=SH-GY", "?node=SH-FL", "?node=SH-V1")) {
            JsonNode board = api.get("/api/boards/overview" + node, "supervisor").json();
            if (board instanceof ObjectNode object) {
                object.remove(List.of("generatedAt", "asOf", "position"));
            }
            documents.put("board" + node, board);
        }
        return documents;
    }
}
