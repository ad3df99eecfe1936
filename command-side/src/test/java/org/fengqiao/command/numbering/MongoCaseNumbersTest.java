package org.fengqiao.command.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.NodeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Case numbers counted in MongoDB, against the embedded MongoDB (mongo-java-server). */
class MongoCaseNumbersTest {

    private static final NodeCode SAIHAN = new NodeCode("SH");

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private MongoCaseNumbers numbers() {
        return new MongoCaseNumbers(client.getDatabase("fengqiao"));
    }

    @Test
    void counts_from_one_per_sub_district_and_year() {
        MongoCaseNumbers numbers = numbers();

        assertThat(numbers.next(SAIHAN, 2026)).isEqualTo(CaseNumber.of("SH", 2026, 1));
        assertThat(numbers.next(SAIHAN, 2026)).isEqualTo(CaseNumber.of("SH", 2026, 2));
        assertThat(numbers.next(SAIHAN, 2027)).isEqualTo(CaseNumber.of("SH", 2027, 1));
        assertThat(numbers.next(new NodeCode("XL"), 2026)).isEqualTo(CaseNumber.of("XL", 2026, 1));
    }

    @Test
    void instances_share_one_sequence() {
        MongoCaseNumbers one = numbers();
        MongoCaseNumbers other = numbers();

        assertThat(one.next(SAIHAN, 2026)).isEqualTo(CaseNumber.of("SH", 2026, 1));
        assertThat(other.next(SAIHAN, 2026)).isEqualTo(CaseNumber.of("SH", 2026, 2));
        assertThat(one.next(SAIHAN, 2026)).isEqualTo(CaseNumber.of("SH", 2026, 3));
    }

    /**
     * Concurrent increments rely on MongoDB's atomic single-document update, which the embedded server does not
     * provide (its findAndModify reads, then writes), so this runs only against a real MongoDB.
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "SPRING_DATA_MONGODB_URI", matches = ".+")
    void never_hands_out_a_number_twice_under_concurrency() throws Exception {
        try (MongoClient real = MongoClients.create(System.getenv("SPRING_DATA_MONGODB_URI"))) {
            MongoDatabase database = real.getDatabase("fengqiao_numbers_" + UUID.randomUUID().toString().substring(0, 8));
            List<MongoCaseNumbers> instances = List.of(new MongoCaseNumbers(database), new MongoCaseNumbers(database));
            Set<CaseNumber> taken = ConcurrentHashMap.newKeySet();
            ExecutorService callers = Executors.newFixedThreadPool(8);
            try {
                List<Future<Boolean>> results = IntStream.range(0, 200)
                        .mapToObj(i -> callers.submit(() -> taken.add(instances.get(i % 2).next(SAIHAN, 2026))))
                        .toList();
                for (Future<Boolean> result : results) {
                    assertThat(result.get()).as("a new number").isTrue();
                }
            } finally {
                callers.shutdownNow();
                database.drop();
            }
            assertThat(taken).hasSize(200).contains(CaseNumber.of("SH", 2026, 1), CaseNumber.of("SH", 2026, 200));
        }
    }

    @Test
    void keeps_its_counters_in_a_collection_of_its_own() {
        numbers().next(SAIHAN, 2026);

        assertThat(client.getDatabase("fengqiao").listCollectionNames()).containsExactly(MongoCaseNumbers.COLLECTION);
        numbers().check();
    }
}
