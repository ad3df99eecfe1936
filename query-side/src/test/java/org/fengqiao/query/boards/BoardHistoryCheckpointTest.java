package org.fengqiao.query.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fengqiao.query.boards.BoardFixture.at;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.junit.jupiter.api.Test;

/**
 * The deltas a checkpointing replay takes add up to its state: a replay restored from the deltas taken after n events
 * and then fed the rest gives every board the replay of all events gives, and restoring shares nothing it changes.
 */
class BoardHistoryCheckpointTest {

    private static final Instant AS_OF = at("07-14");
    private static final List<String> NODES = List.of("SH", "SH-FL", "SH-GY", "SH-FL-G03");

    private final BoardHistory history = new BoardHistory(
            BoardSettings.defaults(Clock.fixed(BoardFixture.NOW, ZoneOffset.UTC)), CaseStream.TREE);
    private final List<DomainEventMessage<?>> events = events();

    @Test
    void a_replay_restored_from_deltas_and_fed_the_rest_gives_the_boards_of_a_full_replay() {
        BoardHistory.Folding full = history.replay(false);
        events.forEach(event -> apply(full, event));

        for (int every : new int[] {1, 3, 7, events.size()}) {
            BoardHistory.Folding checkpointing = history.checkpointing();
            List<BoardHistory.Delta> deltas = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                apply(checkpointing, events.get(i));
                if ((i + 1) % every == 0) {
                    deltas.add(checkpointing.takeDelta());
                }
            }
            for (int k = 0; k <= deltas.size(); k++) {
                BoardHistory.Folding restored = history.restore(deltas.subList(0, k));
                events.subList(Math.min(events.size(), k * every), events.size())
                        .forEach(event -> apply(restored, event));
                for (String node : NODES) {
                    assertThat(restored.board(new NodeCode(node), null, null, AS_OF))
                            .as("node %s, checkpoint every %d events, restored from %d", node, every, k)
                            .isEqualTo(full.board(new NodeCode(node), null, null, AS_OF));
                }
            }
        }
    }

    @Test
    void folding_on_from_a_restored_replay_leaves_the_deltas_as_they_were() {
        BoardHistory.Folding checkpointing = history.checkpointing();
        List<BoardHistory.Delta> deltas = new ArrayList<>();
        int half = events.size() / 2;
        events.subList(0, half).forEach(event -> apply(checkpointing, event));
        deltas.add(checkpointing.takeDelta());
        BoardHistory.Folding first = history.restore(deltas);
        var before = first.board(new NodeCode("SH"), null, null, AS_OF);

        events.subList(half, events.size()).forEach(event -> apply(first, event));

        assertThat(first.board(new NodeCode("SH"), null, null, AS_OF)).isNotEqualTo(before);
        assertThat(history.restore(deltas).board(new NodeCode("SH"), null, null, AS_OF)).isEqualTo(before);
    }

    @Test
    void only_a_checkpointing_replay_takes_deltas() {
        assertThatThrownBy(() -> history.replay(false).takeDelta()).isInstanceOf(IllegalStateException.class);
    }

    private static void apply(BoardHistory.Folding replay, DomainEventMessage<?> event) {
        replay.apply((CaseEvent) event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
    }

    /** Several cases progressing side by side: received, assigned, met, escalated, closed, at risk. */
    private static List<DomainEventMessage<?>> events() {
        List<List<DomainEventMessage<?>>> cases = List.of(
                CaseStream.petition("SH-FL-G03", "PROPERTY", at("07-01")).accepted(at("07-01"))
                        .assigned(Level.COMMUNITY, at("07-02")).risk(RiskLevel.LOW, RiskLevel.HIGH, at("07-03"))
                        .escalated(Level.COMMUNITY, Level.SUB_DISTRICT, at("07-05")).messages(),
                CaseStream.dispute("SH-FL-G01", "NEIGHBOUR", at("07-02")).assigned(Level.COMMUNITY, at("07-02"))
                        .meeting(MeetingType.MEDIATION_SESSION, at("07-04")).agreed(at("07-06"))
                        .closed(Outcome.RESOLVED, Satisfaction.SATISFIED, Level.COMMUNITY, at("07-08")).messages(),
                CaseStream.dispute("SH-GY-G01", "FAMILY", at("07-03")).assigned(Level.COMMUNITY, at("07-04"))
                        .closed(Outcome.RESOLVED, Satisfaction.SATISFIED, Level.COMMUNITY, at("07-10")).messages(),
                CaseStream.petition("SH-GY-G02", "CONSTRUCTION", at("07-09")).accepted(at("07-09")).messages(),
                CaseStream.dispute("SH-FL-G03", "PROPERTY", at("07-11")).messages());
        List<DomainEventMessage<?>> all = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<DomainEventMessage<?>> stream : cases) {
                if (i < stream.size()) {
                    all.add(stream.get(i));
                    any = true;
                }
            }
            if (!any) {
                return all;
            }
        }
    }
}
