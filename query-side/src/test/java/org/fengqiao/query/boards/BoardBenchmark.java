package org.fengqiao.query.boards;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.lifecycle.AttachmentRecorded;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.NodeLevel;

/**
 * Benchmark of the boards on the embedded default's store: seeds 100,000 cases (about 1,000,000 events, received over
 * the last two years, interleaved in time order) through the projection's event handler in batches of 500 into a
 * mongo-java-server with its H2 backend in a temporary folder, then times board queries with their breakdown.
 * Prints figures; asserts nothing. Run it with
 * <pre>
 * ./mvnw -q -pl query-side -am test-compile -Pboard-benchmark
 * </pre>
 * Optional system properties: {@code cases} (100000), {@code batch} (500), {@code queries} (200).
 */
public final class BoardBenchmark {

    private static final Actor ACTOR = new Actor("benchmark");
    private static final long SPAN_SECONDS = Duration.ofDays(730).toSeconds();
    private static final int CASE_BITS = 17;
    private static final int STEP_BITS = 4;
    private static final int MAX_STEPS = 1 << STEP_BITS;

    private static final byte RECEIVED = 0;
    private static final byte ACCEPTED = 1;
    private static final byte ASSIGNED = 2;
    private static final byte MEETING = 3;
    private static final byte NOTE = 4;
    private static final byte ATTACHMENT = 5;
    private static final byte AGREED = 6;
    private static final byte ESCALATED = 7;
    private static final byte RISK = 8;
    private static final byte CLOSED = 9;

    private final int cases;
    private final Instant now = Instant.now();
    private final Instant start = now.minusSeconds(SPAN_SECONDS);
    private final List<JurisdictionNode> grids = CaseStream.TREE.nodes().stream()
                                                                .filter(n -> n.level() == NodeLevel.GRID).toList();
    private final List<String> categories = List.of("PROPERTY", "NEIGHBOUR", "FAMILY", "LABOUR", "CONSTRUCTION",
            "LAND", "OTHER");
    private final String[] caseIds;
    private final byte[][] steps;
    private final int[][] seconds;
    private final int[] seeds;

    private BoardBenchmark(int cases) {
        this.cases = cases;
        this.caseIds = new String[cases];
        this.steps = new byte[cases][];
        this.seconds = new int[cases][];
        this.seeds = new int[cases];
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("cases", 100_000);
        int batch = Integer.getInteger("batch", 500);
        int queries = Integer.getInteger("queries", 200);
        if (cases >= 1 << CASE_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << CASE_BITS) - 1) + " cases");
        }
        new BoardBenchmark(cases).run(batch, queries);
    }

    private void run(int batchSize, int queries) throws Exception {
        Path folder = Files.createTempDirectory("board-benchmark-");
        Path file = folder.resolve("readmodels.mv");
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("fengqiao");
            BoardSettings settings = BoardSettings.defaults(Clock.systemUTC());
            BoardStore store = new BoardStore(database);
            BoardReader reader = new BoardReader(store, CaseStream.TREE, settings);
            try (BoardUpdates updates = new BoardUpdates(SimpleQueryUpdateEmitter.builder().build(), reader,
                    settings)) {
                BoardProjection projection = new BoardProjection(store, reader, updates, settings);

                long[] events = plan();
                System.out.printf("Seeding %,d cases, %,d events, batches of %d, into %s%n", cases, events.length,
                        batchSize, file);
                seed(projection, events, batchSize);

                for (String collection : List.of(BoardCase.COLLECTION, StockDocument.COLLECTION,
                        FlowDocument.COLLECTION)) {
                    Document stats = database.runCommand(new Document("collStats", collection));
                    System.out.printf("Collection %-12s %,9d documents, %,9d KB of data%n", collection,
                            ((Number) stats.get("count")).longValue(), ((Number) stats.get("size")).longValue() / 1024);
                }
                System.out.printf("Store file %,d MB%n", Files.size(file) / (1024 * 1024));

                BoardView root = reader.read(FindBoard.root());
                System.out.printf("Root board, last 30 days: received %,d, closed %,d, open %,d (overdue %,d), "
                                + "median days to close %s, resolved at community or below %s%n",
                        root.figures().received(), root.figures().closed(), root.figures().open().total(),
                        root.figures().open().overdue(), root.figures().medianDaysToClose(),
                        root.figures().resolution().communityOrBelow().share());

                Instant yearAgo = settings.startOf(LocalDate.now(settings.zone()).minusDays(364));
                time("root SH, 30 days, 8 children", queries, () -> reader.read(FindBoard.root()));
                time("community SH-FL, 30 days, 12 grids", queries,
                        () -> reader.read(new FindBoard(new NodeCode("SH-FL"), null, null)));
                time("root SH, 365 days, 8 children", queries,
                        () -> reader.read(new FindBoard(null, yearAgo, null)));
                time("community SH-FL, 365 days, 12 grids", queries,
                        () -> reader.read(new FindBoard(new NodeCode("SH-FL"), yearAgo, null)));
            }
        } finally {
            server.shutdownNow();
            backend.close();
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.out.println("Could not delete " + folder + ": " + e.getMessage());
            }
        }
    }

    /**
     * Plans every case's lifecycle and answers its events as sorted keys: seconds since the start of the span, then
     * the case, then the step, so that sorting puts them in time order and keeps each case's steps in order.
     */
    private long[] plan() {
        long[] keys = new long[cases * MAX_STEPS];
        int count = 0;
        for (int c = 0; c < cases; c++) {
            Random random = new Random(c * 7919L + 17);
            seeds[c] = random.nextInt();
            caseIds[c] = new CaseId(new java.util.UUID(random.nextLong(), random.nextLong()).toString()).value();
            boolean petition = random.nextBoolean();
            List<Byte> plan = new ArrayList<>();
            plan.add(RECEIVED);
            if (petition) {
                plan.add(ACCEPTED);
            }
            plan.add(ASSIGNED);
            int meetings = 1 + random.nextInt(4);
            int notes = random.nextInt(5);
            for (int i = 0; i < meetings + notes; i++) {
                plan.add(i < meetings ? MEETING : NOTE);
            }
            if (random.nextInt(10) != 0) {
                plan.add(ATTACHMENT);
            }
            if (random.nextInt(10) == 0) {
                plan.add(RISK);
            }
            if (random.nextInt(10) == 0) {
                plan.add(ESCALATED);
            }
            plan.add(AGREED);
            if (random.nextInt(10) != 0) {
                plan.add(CLOSED);
            }
            long time = (long) (random.nextDouble() * SPAN_SECONDS);
            byte[] caseSteps = new byte[plan.size()];
            int[] caseSeconds = new int[plan.size()];
            int kept = 0;
            for (int s = 0; s < plan.size() && s < MAX_STEPS; s++) {
                if (s > 0) {
                    time += 1 + (long) (random.nextDouble() * Duration.ofDays(6).toSeconds());
                }
                if (time >= SPAN_SECONDS) {
                    break;
                }
                caseSteps[s] = plan.get(s);
                caseSeconds[s] = (int) time;
                keys[count++] = (time << (CASE_BITS + STEP_BITS)) | ((long) c << STEP_BITS) | s;
                kept++;
            }
            steps[c] = Arrays.copyOf(caseSteps, kept);
            seconds[c] = Arrays.copyOf(caseSeconds, kept);
            if (petition) {
                seeds[c] |= 1;
            } else {
                seeds[c] &= ~1;
            }
        }
        long[] events = Arrays.copyOf(keys, count);
        Arrays.sort(events);
        return events;
    }

    private void seed(BoardProjection projection, long[] events, int batchSize) throws Exception {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        long began = System.nanoTime();
        long reported = began;
        for (int i = 0; i < events.length; i += batchSize) {
            List<EventMessage<?>> batch = new ArrayList<>(batchSize);
            for (int j = i; j < Math.min(events.length, i + batchSize); j++) {
                batch.add(message(events[j]));
            }
            BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> adapter.handle(unitOfWork.getMessage()),
                    RollbackConfigurationType.ANY_THROWABLE);
            if (result.isExceptional()) {
                throw new IllegalStateException(result.exceptionResult());
            }
            long nowNanos = System.nanoTime();
            if (nowNanos - reported > Duration.ofSeconds(15).toNanos()) {
                int done = Math.min(events.length, i + batchSize);
                System.out.printf("  %,d events, %,.0f events/s%n", done, done / seconds(nowNanos - began));
                reported = nowNanos;
            }
        }
        double elapsed = seconds(System.nanoTime() - began);
        System.out.printf("Projection: %,d events in %.1f s = %,.0f events/s%n", events.length, elapsed,
                events.length / elapsed);
    }

    private EventMessage<?> message(long key) {
        int step = (int) (key & (MAX_STEPS - 1));
        int c = (int) ((key >>> STEP_BITS) & ((1 << CASE_BITS) - 1));
        boolean petition = (seeds[c] & 1) == 1;
        Random random = new Random(seeds[c] * 31L + step);
        Instant at = start.plusSeconds(seconds[c][step]);
        CaseId id = new CaseId(caseIds[c]);
        CaseEvent event = switch (steps[c][step]) {
            case RECEIVED -> {
                JurisdictionPath path = CaseStream.TREE.pathOfGrid(grids.get(new Random(seeds[c]).nextInt(
                        grids.size())).code()).orElseThrow();
                Category category = new Category(categories.get(Math.floorMod(seeds[c] >> 8, categories.size())));
                yield petition
                        ? new PetitionReceived(id, CaseNumber.of("SH", 2026, c + 1L), Channel.HOTLINE, category,
                                "subject", "content", path, List.of(new Petitioner("王芳", null)), at, ACTOR)
                        : new DisputeReceived(id, CaseNumber.of("SH", 2026, c + 1L), DisputeSource.SCREENING,
                                category, "subject", "content", path,
                                List.of(new Party("甲", null, PartyRole.APPLICANT),
                                        new Party("乙", null, PartyRole.RESPONDENT)),
                                MediationVisibility.NON_PUBLIC, at, ACTOR);
            }
            case ACCEPTED -> new PetitionAccepted(id, at, ACTOR);
            case ASSIGNED -> new CaseAssigned(id, new UnitCode("SH-TASKFORCE"), level(seeds[c]), "officer", null, at,
                    ACTOR);
            case MEETING -> new MeetingHeld(id, MeetingType.values()[random.nextInt(4)], List.of("a", "b"), "minutes",
                    at, ACTOR);
            case NOTE -> new NoteAdded(id, "note", at, ACTOR);
            case ATTACHMENT -> new AttachmentRecorded(id, "photo.jpg", "image/jpeg", 1024, "0".repeat(64), at, ACTOR);
            case AGREED -> petition
                    ? new HandlingPlanAgreed(id, "terms", null, List.of("a"), at, ACTOR)
                    : new MediationAgreementReached(id, "terms", null, null, "m", List.of("a", "m"), at, ACTOR);
            case ESCALATED -> new CaseEscalated(id, level(seeds[c]), Level.DISTRICT, "reason", at, ACTOR);
            case RISK -> new RiskLevelChanged(id, RiskLevel.LOW, RiskLevel.HIGH, "reason", at, ACTOR);
            case CLOSED -> new CaseClosed(id, random.nextInt(10) < 8 ? Outcome.RESOLVED : Outcome.WITHDRAWN,
                    Satisfaction.values()[random.nextInt(3)], null, null, level(seeds[c]), at, ACTOR);
            default -> throw new IllegalStateException("unknown step");
        };
        return new GenericDomainEventMessage<>(petition ? "Petition" : "Dispute", caseIds[c], step, event);
    }

    /** Most cases are handled at the community, some at the sub-district, a few passed up. */
    private static Level level(int seed) {
        int draw = Math.floorMod(seed >> 16, 20);
        return draw < 14 ? Level.COMMUNITY : draw < 19 ? Level.SUB_DISTRICT : Level.DISTRICT;
    }

    private static void time(String what, int queries, Supplier<BoardView> query) {
        if (queries == 0) {
            return;
        }
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            long began = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("Query %-38s median %6.2f ms, p99 %6.2f ms (%d queries)%n", what,
                nanos[queries / 2] / 1e6, nanos[(int) Math.ceil(queries * 0.99) - 1] / 1e6, queries);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
