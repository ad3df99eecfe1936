package org.fengqiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessTest {

    @Test
    void percentiles_use_the_nearest_rank() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 100; i++) {
            latencies.record(i * 1_000_000L);
        }
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(new Latencies().percentileMillis(50)).isNaN();
    }

    @Test
    void the_median_leaves_out_runs_without_a_value() {
        assertThat(Report.median(new double[] {3, Double.NaN, 1, 2})).isEqualTo(2.0);
        assertThat(Report.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }

    @Test
    void copies_get_new_ids_and_numbers_and_cases_grow_in_sequence(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("events.db");
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = sqlite.createStatement()) {
            statement.execute("CREATE TABLE DomainEventEntry (globalIndex INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "aggregateIdentifier TEXT NOT NULL, sequenceNumber INTEGER NOT NULL, type TEXT, "
                    + "eventIdentifier TEXT NOT NULL UNIQUE, metaData TEXT, payload TEXT NOT NULL, payloadRevision TEXT, "
                    + "payloadType TEXT NOT NULL, timeStamp TEXT NOT NULL, "
                    + "UNIQUE (aggregateIdentifier, sequenceNumber))");
            statement.execute("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, "
                    + "eventIdentifier, payload, payloadType, timeStamp) VALUES "
                    + "('a1', 0, 'Dispute', 'e1', '{\"caseId\":\"a1\",\"caseNumber\":\"SH-2026-000001\"}', "
                    + "'x.DisputeReceived', '2026-01-01T00:00:00Z'), "
                    + "('a1', 1, 'Dispute', 'e2', '{\"caseId\":\"a1\"}', 'x.NoteAdded', '2026-01-01T00:00:01Z')");
        }
        try (EventStoreFile store = new EventStoreFile(file)) {
            Map<String, List<EventStoreFile.Row>> templates = store.byCase();
            List<String> copies = store.growTo(7, templates, 500);
            assertThat(store.count()).isEqualTo(8);
            assertThat(copies).hasSize(3).doesNotContain("a1");
            List<EventStoreFile.Row> copy = store.events(copies.get(1));
            assertThat(copy).extracting(EventStoreFile.Row::sequence).containsExactly(0L, 1L);
            assertThat(copy.get(0).payload()).contains(copies.get(1)).contains("SH-2026-000501").doesNotContain("a1");

            store.extend("a1", 5);
            assertThat(store.events("a1")).extracting(EventStoreFile.Row::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
            assertThat(store.events("a1").get(4).payloadType()).isEqualTo("x.NoteAdded");
        }
        assertThat(Files.size(file)).isPositive();
    }
}
