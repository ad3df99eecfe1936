package org.fengqiao.query.caseview;

import static org.fengqiao.query.CaseStories.disputeReceived;
import static org.fengqiao.query.CaseStories.escalatedPetition;
import static org.fengqiao.query.CaseStories.resolvedDispute;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.query.CasePage;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.query.CaseStories;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Prints how long a case list takes over many stored case views on the embedded default's engine (mongo-java-server
 * with its H2 backend, in a temporary file), at store level without HTTP: first through MongoDB queries (what the
 * embedded server scans), then from the in-process {@link CaseListIndex} (its fill time, then each filter the console
 * and the API use, newest first, pages of 20 and 200, first and eleventh page). Every index answer is compared with
 * the MongoDB answer on two of its pages, so a fast wrong page would stop the program.
 *
 * <p>{@code ./mvnw -q -pl query-side -am test-compile -Pcase-list-benchmark} runs it with 100,000 cases; with the
 * test class path it takes {@code [cases] [rounds]}.
 */
public final class CaseListBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final int COMMUNITIES = 8;
    private static final int GRIDS = 6;
    private static final int UNITS = 10;

    private CaseListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path folder = Files.createTempDirectory("case-list-benchmark-");
        H2Backend backend = new H2Backend(folder.resolve("readmodels.mv").toString());
        MongoServer server = new MongoServer(backend);
        MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
        try {
            run(new MongoTemplate(client, "fengqiao"), cases, rounds);
        } finally {
            client.close();
            server.shutdownNow();
        }
    }

    private static void run(MongoTemplate mongo, int cases, int rounds) {
        System.out.printf(Locale.ROOT, "case list: %,d cases, embedded MongoDB (H2 backend), %d cores%n", cases,
                Runtime.getRuntime().availableProcessors());
        CaseViewStore database = new CaseViewStore(mongo);
        database.createIndexes();
        long start = System.nanoTime();
        List<CaseView> batch = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            batch.add(view(i, cases));
            if (batch.size() == 1_000) {
                database.saveAll(batch);
                batch.clear();
            }
        }
        database.saveAll(batch);
        System.out.printf(Locale.ROOT, "  seeded in %.1f s%n", (System.nanoTime() - start) / 1e9);

        Map<String, Function<Integer, ListCases>> filters = filters();
        ListCases community = filters.get("node (community)").apply(0);
        ListCases all = filters.get("none").apply(0);
        for (ListCases query : List.of(community, all)) {
            long[] nanos = time(database, query, 3);
            System.out.printf(Locale.ROOT, "  MongoDB query   %-22s median %8.1f ms (3 runs)%n",
                    query.node() == null ? "all" : "node " + query.node(), nanos[1] / 1e6);
        }

        CaseViewStore indexed = new CaseViewStore(mongo, new CaseListIndexes(mongo));
        start = System.nanoTime();
        indexed.prepareList();
        while (!indexed.listIndexReady()) {
            sleep();
        }
        System.out.printf(Locale.ROOT, "  index filled from the collection in %.1f s%n",
                (System.nanoTime() - start) / 1e9);

        List<Long> everything = new ArrayList<>();
        for (Map.Entry<String, Function<Integer, ListCases>> filter : filters.entrySet()) {
            List<Long> these = new ArrayList<>();
            long total = 0;
            for (int size : List.of(20, 200)) {
                for (int page : List.of(0, 10)) {
                    ListCases query = pageOf(filter.getValue().apply(size), page, size);
                    CasePage answered = indexed.list(query);
                    // compared on two of the four pages: each MongoDB answer is a scan of every view
                    if ((size == 200) == (page == 0) && !answered.equals(database.list(query))) {
                        throw new IllegalStateException("the index answered " + filter.getKey() + " differently");
                    }
                    total = answered.total() + answered.withheld();
                    for (long nanos : time(indexed, query, rounds)) {
                        these.add(nanos);
                    }
                }
            }
            everything.addAll(these);
            long[] sorted = these.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  index  %-22s %,7d matching  p50 %6.2f ms  p99 %6.2f ms (%d lists)%n",
                    filter.getKey(), total, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                    sorted.length);
        }
        long[] sorted = everything.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  index  all filters            p50 %6.2f ms  p99 %6.2f ms (%d lists)%n",
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, sorted.length);
    }

    /** The filters the console and the API use, newest first, for a page size. */
    private static Map<String, Function<Integer, ListCases>> filters() {
        Map<String, Function<Integer, ListCases>> filters = new LinkedHashMap<>();
        CaseViewer officer = new CaseViewer("zhao.officer", Set.of("OFFICER"));
        filters.put("none", size -> query(null, null, null, null, null, null, null, null, size, null));
        filters.put("node (community)", size -> query(null, null, node("SH-C3"), null, null, null, null, null, size,
                null));
        filters.put("node (grid)", size -> query(null, null, node("SH-C3-G2"), null, null, null, null, null, size,
                null));
        filters.put("status", size -> query(null, CaseStatus.ASSIGNED, null, null, null, null, null, null, size,
                null));
        filters.put("kind", size -> query(CaseKind.PETITION, null, null, null, null, null, null, null, size, null));
        filters.put("unit", size -> query(null, null, null, new UnitCode("SH-U4"), null, null, null, null, size,
                null));
        filters.put("overdue", size -> query(null, null, null, null, null, true, null, null, size, null));
        filters.put("risk", size -> query(null, null, null, null, RiskLevel.HIGH, null, null, null, size, null));
        filters.put("received (30 days)", size -> query(null, null, null, null, null, null,
                NOW.minus(Duration.ofDays(30)), NOW, size, null));
        filters.put("node + status", size -> query(null, CaseStatus.CLOSED, node("SH-C3"), null, null, null, null,
                null, size, null));
        filters.put("officer's view", size -> query(null, null, null, null, null, null, null, null, size, officer));
        return filters;
    }

    private static ListCases query(CaseKind kind, CaseStatus status, NodeCode node, UnitCode unit, RiskLevel risk,
            Boolean overdue, Instant from, Instant to, int size, CaseViewer viewer) {
        return new ListCases(kind, status, null, node, unit, null, risk, overdue, from, to, 0, size, CaseSort.DEFAULT,
                viewer);
    }

    private static ListCases pageOf(ListCases query, int page, int size) {
        return new ListCases(query.kind(), query.status(), query.category(), query.node(), query.unit(),
                query.officer(), query.risk(), query.overdue(), query.receivedFrom(), query.receivedTo(), page, size,
                query.sort(), query.viewer());
    }

    /**
     * The view of the {@code i}-th case: received over the last year, in one of 48 grids, a dispute at any step from
     * received to closed (one in seven open ones past its handling limit) or an escalated petition (high risk once
     * its risk changed); one in a hundred confidential.
     */
    private static CaseView view(int i, int cases) {
        CaseId id = CaseId.generate();
        Instant receivedAt = NOW.minus(Duration.ofSeconds(365L * 86_400 * i / cases + 1));
        List<CaseEvent> events = new ArrayList<>();
        if (i % 6 == 5) {
            events.addAll(escalatedPetition(id, i + 1, receivedAt).subList(0, 3 + i % 4));
        } else {
            String community = "SH-C" + (1 + i % COMMUNITIES);
            String grid = community + "-G" + (1 + (i / COMMUNITIES) % GRIDS);
            List<CaseEvent> story = new ArrayList<>(resolvedDispute(id, i + 1, receivedAt));
            story.set(0, disputeReceived(id, i + 1, CaseStories.grid(community, grid), receivedAt));
            story.set(1, new CaseAssigned(id, new UnitCode("SH-U" + (1 + i % UNITS)), Level.COMMUNITY, "li.mediator",
                    null, receivedAt.plusSeconds(3600), CaseStories.ACTOR));
            int steps = 1 + i % 5;
            events.addAll(story.subList(0, steps));
            if (steps < 5 && i % 7 == 0) {
                Instant dueAt = receivedAt.plus(Duration.ofDays(15));
                events.add(new DeadlineSet(id, "HANDLING-1", TimeLimit.HANDLING, dueAt, null, null,
                        receivedAt.plusSeconds(60), CaseStories.ACTOR));
                events.add(new DeadlineMissed(id, "HANDLING-1", TimeLimit.HANDLING, dueAt, dueAt, Actor.SYSTEM));
            }
        }
        if (i % 100 == 42) {
            events.add(new CaseMarkedConfidential(id, "a report against an official", List.of("AUDITOR"),
                    List.of("li.inspector"), receivedAt.plusSeconds(30), CaseStories.ACTOR));
        }
        CaseView view = null;
        for (int sequence = 0; sequence < events.size(); sequence++) {
            view = CaseViewFold.apply(view, events.get(sequence), sequence, receivedAt.plusSeconds(sequence));
        }
        return view;
    }

    private static NodeCode node(String code) {
        return new NodeCode(code);
    }

    private static long[] time(CaseViewStore store, ListCases query, int rounds) {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            store.list(query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * share) - 1)];
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
