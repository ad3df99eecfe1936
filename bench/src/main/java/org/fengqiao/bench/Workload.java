package org.fengqiao.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients, each taking one dispute at a time through its lifecycle (intake, assignment to the community's mediation
 * committee, a mediation session, an agreement, closure) and, in a configurable share of its operations, reading a
 * known case or a board instead. A sample of acknowledged commands is followed to the query side to time the
 * projection lag: the time from the command's response to the case view answering with that version.
 * <p>
 * Every acknowledged command is remembered with the version it answered, so a crash test can look for it in the store.
 */
final class Workload {

    /** The lifecycle steps and the event each appends. */
    enum Step {
        RECEIVE("DisputeReceived"), ASSIGN("CaseAssigned"), MEET("MeetingHeld"), AGREE("MediationAgreementReached"),
        CLOSE("CaseClosed");

        final String eventType;

        Step(String eventType) {
            this.eventType = eventType;
        }
    }

    /** An acknowledged command: the case answered {@code version}, so its event is sequence {@code version - 1}. */
    record Ack(long version, Step step) {
    }

    private static final String[] NODES = {"GY", "JH", "FL", "C4", "C5", "C6", "V1", "V2"};

    final Latencies commands = new Latencies();
    final Map<Step, Latencies> perStep = new EnumMap<>(Step.class);
    final Latencies caseQueries = new Latencies();
    final Latencies boardQueries = new Latencies();
    final Latencies lag = new Latencies();
    final AtomicLong commandErrors = new AtomicLong();
    final AtomicLong queryErrors = new AtomicLong();
    final AtomicLong lagMisses = new AtomicLong();
    final AtomicLong unanswered = new AtomicLong();
    final AtomicLong notYetVisible = new AtomicLong();
    /** Cases with a command that got no answer (the service died under it): it may or may not be stored. */
    final java.util.Set<String> unansweredCases = ConcurrentHashMap.newKeySet();
    final Map<String, List<Ack>> acknowledged = new ConcurrentHashMap<>();
    final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

    private final Api api;
    private final double queryShare;
    private final double lagSample;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<String> cases = Collections.synchronizedList(new ArrayList<>());

    Workload(Api api, double queryShare, double lagSample) {
        this.api = api;
        this.queryShare = queryShare;
        this.lagSample = lagSample;
        for (Step step : Step.values()) {
            perStep.put(step, new Latencies());
        }
    }

    /** Runs {@code clients} clients until {@code seconds} have passed or {@link #stop()}; answers the seconds run. */
    double run(int clients, double seconds) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ExecutorService probes = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        for (int i = 0; i < clients; i++) {
            pool.execute(() -> client(deadline, probes));
        }
        pool.shutdown();
        try {
            pool.awaitTermination((long) seconds + 120, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - start) / 1e9;
            probes.shutdown();
            probes.awaitTermination(60, TimeUnit.SECONDS);
            return elapsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Makes every client finish after its current request (used when the service has been killed). */
    void stop() {
        stopping.set(true);
    }

    long acknowledgedCount() {
        return acknowledged.values().stream().mapToLong(List::size).sum();
    }

    private void client(long deadline, ExecutorService probes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String caseId = null;
        String node = null;
        Step next = Step.RECEIVE;
        while (System.nanoTime() < deadline && !stopping.get()) {
            if (random.nextDouble() < queryShare && !cases.isEmpty()) {
                query(random);
                continue;
            }
            if (next == Step.RECEIVE) {
                node = NODES[random.nextInt(NODES.length)];
            }
            Api.Reply reply = command(next, caseId, node, random);
            if (reply.status() == 0) {
                // no answer: the command may or may not have been stored; the crash test allows for it
                unanswered.incrementAndGet();
                if (next != Step.RECEIVE) {
                    unansweredCases.add(caseId);
                }
                if (stopping.get()) {
                    return;
                }
                next = Step.RECEIVE;
                continue;
            }
            if (!reply.ok()) {
                commandErrors.incrementAndGet();
                if (firstErrors.size() < 5) {
                    firstErrors.add(next + " " + reply.status() + " " + reply.body());
                }
                next = Step.RECEIVE;
                continue;
            }
            commands.record(reply.nanos());
            perStep.get(next).record(reply.nanos());
            long version = reply.json().path("version").asLong(-1);
            if (next == Step.RECEIVE) {
                caseId = reply.json().path("caseId").asText();
                cases.add(caseId);
            }
            acknowledged.computeIfAbsent(caseId, id -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Ack(version, next));
            if (random.nextDouble() < lagSample) {
                String probed = caseId;
                long answeredAt = System.nanoTime();
                probes.execute(() -> probeLag(probed, version, answeredAt));
            }
            next = next == Step.CLOSE ? Step.RECEIVE : Step.values()[next.ordinal() + 1];
        }
    }

    private Api.Reply command(Step step, String caseId, String node, ThreadLocalRandom random) {
        String path = "/api/disputes/" + caseId;
        return switch (step) {
            case RECEIVE -> api.post("/api/disputes", """
                    {"source":"APPLICATION","category":"NEIGHBOUR","subject":"Load test: noise at night",
                     "content":"Generated by the load driver","gridCode":"SH-%s-G0%d",
                     "parties":[{"name":"测试甲","phone":"13800000000","role":"APPLICANT"},
                                {"name":"测试乙","role":"RESPONDENT"}]}""".formatted(node, 1 + random.nextInt(7)),
                    "intake");
            case ASSIGN -> api.post(path + "/assignment", """
                    {"unit":"SH-%s-MEDIATION","officer":"officer"}""".formatted(node), "supervisor");
            case MEET -> api.post(path + "/meetings", """
                    {"type":"MEDIATION_SESSION","heldAt":"%s","participants":["测试甲","测试乙","调解员"],
                     "minutes":"Both sides heard"}""".formatted(Instant.now().minus(1, ChronoUnit.MINUTES)),
                    "officer");
            case AGREE -> api.post(path + "/agreement", """
                    {"terms":"Quiet after 22:00","performBy":"%s","mediator":"调解员",
                     "signatories":["测试甲","测试乙","调解员"]}""".formatted(LocalDate.now().plusDays(30)),
                    "officer");
            case CLOSE -> api.post(path + "/closure", """
                    {"outcome":"RESOLVED"}""", "officer");
        };
    }

    private void query(ThreadLocalRandom random) {
        Api.Reply reply;
        if (random.nextBoolean()) {
            String id = cases.get(random.nextInt(cases.size()));
            reply = api.get("/api/cases/" + id, "auditor");
            if (reply.status() == 404) {
                // created a moment ago and not yet projected: eventual consistency, not an error
                notYetVisible.incrementAndGet();
                return;
            }
            record(reply, caseQueries);
        } else {
            String node = random.nextBoolean() ? "" : "?node=SH-" + NODES[random.nextInt(NODES.length)];
            reply = api.get("/api/boards/overview" + node, "supervisor");
            record(reply, boardQueries);
        }
    }

    private void record(Api.Reply reply, Latencies latencies) {
        if (reply.ok()) {
            latencies.record(reply.nanos());
        } else if (!stopping.get()) {
            queryErrors.incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add("query " + reply.status() + " " + reply.body());
            }
        }
    }

    private void probeLag(String caseId, long version, long answeredAt) {
        Api.Reply reply = api.get("/api/cases/" + caseId + "?minVersion=" + version, "auditor");
        if (reply.ok()) {
            lag.record(System.nanoTime() - answeredAt);
        } else if (!stopping.get()) {
            lagMisses.incrementAndGet();
        }
    }
}
