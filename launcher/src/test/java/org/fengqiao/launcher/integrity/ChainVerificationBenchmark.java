package org.fengqiao.launcher.integrity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.json.JacksonSerializer;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.command.integrity.ChainHashing;
import org.fengqiao.integrity.ChainKey;
import org.fengqiao.integrity.ChainKeys;
import org.fengqiao.integrity.ChainLink;
import org.fengqiao.integrity.Hex;
import org.fengqiao.launcher.embedded.SqliteDataSource;
import org.fengqiao.launcher.embedded.SqliteDialect;
import org.fengqiao.launcher.embedded.SqliteEventTableFactory;
import org.fengqiao.platform.AxonJacksonConfiguration;
import org.fengqiao.query.eventstore.EventStoreReader;
import org.fengqiao.query.integrity.ChainVerification;
import org.fengqiao.query.integrity.StoredEvents;
import org.fengqiao.query.integrity.VerificationRun;
import org.sqlite.SQLiteConfig;

/**
 * What hashing and verification cost, on the embedded default's SQLite store: writes a store of {@code cases} cases ×
 * {@code eventsPerCase} hash-chained events (payloads of about 400 bytes, like the application's), timing the chain
 * hashing alone, then verifies every chain three times the way {@code POST /api/admin/verification} does and one
 * case at a time as {@code GET /api/cases/{id}/verification} does, and prints events/s and the median of the runs.
 *
 * <pre>./mvnw -q -pl launcher -am test-compile -Pchain-verification-benchmark [-Dexec.args="20000 10"]</pre>
 */
public final class ChainVerificationBenchmark {

    private static final String TYPE = "org.fengqiao.cases.lifecycle.NoteAdded";
    /** A fixed key: the figures do not depend on its value. */
    private static final ChainKeys KEYS = ChainKeys.of(ChainKey.of("fengqiao-benchmark-chain-key-32-bytes!".getBytes(StandardCharsets.US_ASCII)));

    private ChainVerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int perCase = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Files.createTempDirectory("chain-benchmark-");
        try (SqliteDataSource dataSource = SqliteDataSource.open(folder.resolve("events.db"),
                SQLiteConfig.SynchronousMode.NORMAL)) {
            List<String> ids = new ArrayList<>();
            long hashingNanos = write(dataSource, cases, perCase, ids);
            long events = (long) cases * perCase;
            System.out.printf("store: %,d cases x %d events = %,d events, %,d bytes%n", cases, perCase, events,
                    Files.size(folder.resolve("events.db")));
            System.out.printf("hashing (keyed canonical encoding, HMAC-SHA256): %,d events/s%n", events * 1_000_000_000L
                    / Math.max(1, hashingNanos));

            appendTimeHashing();

            JacksonSerializer serializer = JacksonSerializer.builder()
                    .objectMapper(AxonJacksonConfiguration.axonObjectMapper()).build();
            EventStore eventStore = EmbeddedEventStore.builder().storageEngine(SqliteDialect.engineBuilder()
                    .snapshotSerializer(serializer).eventSerializer(serializer)
                    .connectionProvider(dataSource::getConnection)
                    .transactionManager(NoTransactionManager.INSTANCE).build()).build();
            StoredEvents stored = new StoredEvents(eventStore, new EventStoreReader(eventStore,
                    Duration.ofSeconds(10)), serializer);
            long head = stored.headPosition();
            List<Long> rates = new ArrayList<>();
            for (int run = 1; run <= 3; run++) {
                VerificationRun verification = new VerificationRun(stored, KEYS, Clock.systemUTC());
                long start = System.nanoTime();
                List<VerificationRun.BrokenChain> broken = verification.verifyAll(head);
                long nanos = System.nanoTime() - start;
                verification.close();
                if (!broken.isEmpty()) {
                    throw new IllegalStateException("a freshly written store has broken chains: " + broken.get(0));
                }
                long rate = events * 1_000_000_000L / nanos;
                rates.add(rate);
                System.out.printf("all-cases verification run %d: %,d events in %,d ms = %,d events/s%n", run, events,
                        nanos / 1_000_000, rate);
            }
            rates.sort(Long::compare);
            System.out.printf("all-cases verification, median of 3: %,d events/s%n", rates.get(1));

            ChainVerification single = new ChainVerification(stored, KEYS, Clock.systemUTC());
            Random random = new Random(7);
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                long start = System.nanoTime();
                if (!single.verify(id).orElseThrow().valid()) {
                    throw new IllegalStateException("case " + id + " does not verify");
                }
                micros.add((System.nanoTime() - start) / 1000);
            }
            micros.sort(Long::compare);
            System.out.printf("one case (%d events), 1000 random cases: median %.2f ms, p99 %.2f ms%n", perCase,
                    micros.get(500) / 1000.0, micros.get(990) / 1000.0);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * What {@link ChainHashing} adds to each append, besides reading the previous hash (a cache hit for a case that was
     * just written to): serializing the payload with the application's Axon mapper, reading its time and actor, and
     * hashing. Three rounds of 100,000 notes; the median round is printed.
     */
    private static void appendTimeHashing() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(AxonJacksonConfiguration.axonObjectMapper()).build();
        ChainHashing hashing = new ChainHashing(null, serializer, KEYS);
        CaseId caseId = new CaseId(UUID.randomUUID().toString());
        NoteAdded note = new NoteAdded(caseId, "住户反映楼上漏水，物业已上门查看；双方同意下周再次协商。".repeat(3),
                Instant.parse("2026-07-01T02:00:00Z"), new Actor("officer.zhao"));
        GenericDomainEventMessage<NoteAdded> event = new GenericDomainEventMessage<>("Dispute", caseId.value(), 0,
                note);
        List<Long> rates = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            int count = 100_000;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                hashing.handle(List.of(event)).apply(0, event);
            }
            rates.add(count * 1_000_000_000L / (System.nanoTime() - start));
        }
        rates.sort(Long::compare);
        System.out.printf("append-time hashing (serialize + read time and actor + hash), median of 3 rounds: %,d"
                + " events/s (%s)%n", rates.get(1), rates);
    }

    /** Writes the store in one transaction per 50,000 rows; answers the nanoseconds spent hashing. */
    private static long write(SqliteDataSource dataSource, int cases, int perCase, List<String> ids) throws Exception {
        EventSchema schema = new EventSchema();
        long hashing = 0;
        Instant at = Instant.parse("2026-07-01T02:00:00Z");
        String text = "住户反映楼上漏水，物业已上门查看；双方同意下周再次协商。".repeat(3);
        try (Connection connection = dataSource.getConnection()) {
            new SqliteEventTableFactory().createDomainEventTable(connection, schema).execute();
            connection.setAutoCommit(false);
            String sql = "INSERT INTO " + schema.domainEventTable() + " (" + String.join(", ",
                    schema.aggregateIdentifierColumn(), schema.sequenceNumberColumn(), schema.typeColumn(),
                    schema.eventIdentifierColumn(), schema.metaDataColumn(), schema.payloadColumn(),
                    schema.payloadRevisionColumn(), schema.payloadTypeColumn(), schema.timestampColumn())
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            byte[][] previous = new byte[cases][];
            for (int c = 0; c < cases; c++) {
                ids.add(UUID.nameUUIDFromBytes(("case-" + c).getBytes(StandardCharsets.UTF_8)).toString());
                previous[c] = ChainLink.GENESIS;
            }
            int rows = 0;
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                // interleaved like a live store: one event of each case in turn
                for (int sequence = 0; sequence < perCase; sequence++) {
                    for (int c = 0; c < cases; c++) {
                        String id = ids.get(c);
                        String occurredAt = at.plusSeconds(sequence * 60L).toString();
                        String payload = "{\"caseId\":\"" + id + "\",\"text\":\"" + text + " #" + sequence
                                + "\",\"occurredAt\":\"" + occurredAt + "\",\"actor\":\"officer.zhao\"}";
                        long start = System.nanoTime();
                        byte[] hash = new ChainLink(previous[c], id, sequence, TYPE, null,
                                payload.getBytes(StandardCharsets.UTF_8), occurredAt, "officer.zhao",
                                Instant.parse(occurredAt)).hash(KEYS.current());
                        hashing += System.nanoTime() - start;
                        insert.setString(1, id);
                        insert.setLong(2, sequence);
                        insert.setString(3, "Dispute");
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setString(5, "{\"hash\":\"" + Hex.of(hash) + "\",\"previousHash\":\""
                                + Hex.of(previous[c]) + "\",\"chainScheme\":\"v2\",\"chainKey\":\""
                                + KEYS.current().id() + "\"}");
                        insert.setString(6, payload);
                        insert.setString(7, null);
                        insert.setString(8, TYPE);
                        insert.setString(9, occurredAt);
                        insert.addBatch();
                        previous[c] = hash;
                        if (++rows % 50_000 == 0) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        return hashing;
    }
}
