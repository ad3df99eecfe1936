package org.fengqiao.query.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bson.Document;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PersonalDataAccessLogTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final PersonalDataAccessLog log = new PersonalDataAccessLog(
            client.getDatabase("fengqiao").getCollection(PersonalDataAccessLog.COLLECTION),
            Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        client.close();
        server.shutdownNow();
    }

    private static JurisdictionPath at(String community, String grid) {
        return new JurisdictionPath(new NodeCode("SH"), new NodeCode(community), new NodeCode(grid));
    }

    private List<String> cases(String within) {
        return log.find(within == null ? null : new NodeCode(within), null, null, null, null, 0, 50).stream()
                .map(PersonalDataAccessLog.Entry::caseId).toList();
    }

    @Test
    void an_auditor_bound_to_a_node_reads_the_entries_of_its_subtree_only() {
        log.record("officer", List.of("OFFICER"), "case-fl", at("SH-FL", "SH-FL-G05"), "history", List.of(1),
                List.of("0:DisputeReceived.content"), "r1");
        log.record("officer", List.of("OFFICER"), "case-gy", at("SH-GY", "SH-GY-G01"), "history", List.of(1),
                List.of("0:DisputeReceived.content"), "r2");

        assertThat(cases("SH-FL")).containsExactly("case-fl");
        assertThat(cases("SH-GY-G01")).containsExactly("case-gy");
        assertThat(cases("SH")).containsExactlyInAnyOrder("case-fl", "case-gy");
        assertThat(cases(null)).containsExactlyInAnyOrder("case-fl", "case-gy");
    }

    @Test
    void an_entry_that_names_no_place_is_read_by_auditors_bound_to_no_node_only() {
        client.getDatabase("fengqiao").getCollection(PersonalDataAccessLog.COLLECTION).insertOne(new Document(
                "at", new java.util.Date()).append("actor", "officer").append("caseId", "old").append("roles",
                List.of()).append("subjects", List.of()).append("fields", List.of()));

        assertThat(cases("SH")).isEmpty();
        assertThat(cases(null)).containsExactly("old");
    }
}
