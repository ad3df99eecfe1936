package org.fengqiao.query.boardhistory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.NodeBoard;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.query.boards.BoardHistory;
import org.fengqiao.query.eventstore.EventStoreReader;
import org.springframework.stereotype.Component;

/**
 * Replays the event store from its first event into {@link BoardHistory} replays, stopping short of every event
 * recorded after the instant asked for: "as of" means what the system knew then (recording time), as for a case's
 * {@code asOf}; a back-dated event counts on its business day, but only from the moment it was recorded.
 * Cost: a board as of an instant starts from the last {@link BoardCheckpoints checkpoint} before it and reads the
 * store from there to the head it had when the request came; the provenance of a figure and the changes between two
 * instants still read the whole store. The read waits for the stream however late it delivers
 * ({@link EventStoreReader}).
 */
@Component
public class BoardTimeTravel {

    private final EventStoreReader reader;
    private final BoardHistory history;
    private final BoardCheckpoints checkpoints;
    private final ObjectMapper json;

    BoardTimeTravel(EventStoreReader reader, BoardHistory history, BoardCheckpoints checkpoints, ObjectMapper json) {
        this.reader = reader;
        this.history = history;
        this.checkpoints = checkpoints;
        this.json = json;
    }

    /** The board as it stood at {@code asOf}: from the last checkpoint before it, the events after it that count. */
    public BoardView boardAsOf(NodeCode node, Instant from, Instant to, Instant asOf) {
        BoardCheckpoints.Start start = checkpoints.before(asOf, reader.headPosition());
        BoardHistory.Folding replay = start.replay();
        for (BoardCheckpoints.Range range : start.ranges()) {
            reader.read(range.after(), range.upTo(), message -> {
                if (!message.getTimestamp().isAfter(asOf) && message instanceof DomainEventMessage<?> event
                        && event.getPayload() instanceof CaseEvent e) {
                    replay.apply(e, event.getSequenceNumber(), event.getTimestamp());
                }
                return true;
            });
        }
        return replay.board(node, from, to, asOf);
    }

    /**
     * The cases behind one figure at {@code asOf}, with the events that put them there. The figure's value counts
     * every case; a case that is confidential now (whatever it was at {@code asOf}) and not meant for the caller, as
     * {@code admits} decides from the roles and accounts it is confidential to, is left out of the list and counted
     * as withheld.
     */
    public FigureCasesView cases(NodeCode node, String figure, Instant from, Instant to, Instant asOf,
            BiPredicate<List<String>, List<String>> admits) {
        BoardHistory.Folding replay = history.replay(true);
        Map<String, CaseMarkedConfidential> confidential = new HashMap<>();
        replay(asOf, (event, sequence, recordedAt) -> replay.apply(event, sequence, recordedAt), event -> {
            if (event instanceof CaseMarkedConfidential marked) {
                confidential.put(marked.caseId().value(), marked);
            } else if (event instanceof ConfidentialityLifted lifted) {
                confidential.remove(lifted.caseId().value());
            }
        });
        BoardView board = replay.board(node, from, to, asOf);
        List<BoardHistory.FigureCase> cases = replay.cases(node, figure, from, to, asOf);
        long value = cases.stream().mapToLong(BoardHistory.FigureCase::amount).sum();
        List<BoardHistory.FigureCase> shown = cases.stream().filter(c -> {
            CaseMarkedConfidential marked = confidential.get(c.caseId());
            return marked == null || admits.test(marked.roles(), marked.accounts());
        }).toList();
        return new FigureCasesView(board.node().value(), figure, asOf, board.from(), board.to(), value, shown,
                cases.size() - shown.size());
    }

    /** Every figure that differs between the board at {@code from} and at {@code to}, over one window. */
    public BoardChangesView changes(NodeCode node, Instant from, Instant to, Instant windowFrom, Instant windowTo) {
        BoardHistory.Folding before = history.replay(false);
        BoardHistory.Folding after = history.replay(false);
        long[] between = {0};
        replay(to, (event, sequence, recordedAt) -> {
            if (!recordedAt.isAfter(from)) {
                before.apply(event, sequence, recordedAt);
            } else {
                between[0]++;
            }
            after.apply(event, sequence, recordedAt);
        });
        // one window for both boards: by default the days up to "to"
        Instant windowEnd = windowTo == null ? to : windowTo;
        BoardView then = before.board(node, windowFrom, windowEnd, from);
        BoardView now = after.board(node, windowFrom, windowEnd, to);
        List<BoardChangesView.Change> changes = new ArrayList<>();
        diff(now.node().value(), then.figures(), now.figures(), changes);
        Map<String, NodeBoard> children = new LinkedHashMap<>();
        then.breakdown().forEach(child -> children.put(child.node().value(), child));
        for (NodeBoard child : now.breakdown()) {
            NodeBoard old = children.get(child.node().value());
            diff(child.node().value(), old == null ? null : old.figures(), child.figures(), changes);
        }
        return new BoardChangesView(now.node().value(), from, to, now.from(), now.to(), between[0], changes);
    }

    private void diff(String node, Object before, Object after, List<BoardChangesView.Change> changes) {
        Map<String, Number> old = new LinkedHashMap<>();
        Map<String, Number> current = new LinkedHashMap<>();
        flatten("", json.valueToTree(before), old);
        flatten("", json.valueToTree(after), current);
        Map<String, Boolean> keys = new LinkedHashMap<>();
        old.keySet().forEach(k -> keys.put(k, true));
        current.keySet().forEach(k -> keys.put(k, true));
        for (String key : keys.keySet()) {
            Number a = old.get(key);
            Number b = current.get(key);
            if (a == null ? b != null : b == null || a.doubleValue() != b.doubleValue()) {
                changes.add(new BoardChangesView.Change(node, key, a, b));
            }
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Number> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isNumber()) {
            into.put(prefix, node.numberValue());
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
        }
    }

    /** What a replay does with one case event. */
    @FunctionalInterface
    interface Step {
        void apply(CaseEvent event, long sequence, Instant recordedAt);
    }

    /** Feeds every case event recorded at or before {@code until} to the step, in store order. */
    private void replay(Instant until, Step step) {
        replay(until, step, event -> {
        });
    }

    /** As {@link #replay(Instant, Step)}, and every case event of the store, whenever recorded, to {@code all}. */
    private void replay(Instant until, Step step, Consumer<CaseEvent> all) {
        reader.readToHead(message -> {
            if (message.getPayload() instanceof CaseEvent e) {
                all.accept(e);
            }
            // recording times follow store order but for clock skew between writers: skip, do not stop
            if (!message.getTimestamp().isAfter(until) && message instanceof DomainEventMessage<?> event
                    && event.getPayload() instanceof CaseEvent e) {
                step.apply(e, event.getSequenceNumber(), event.getTimestamp());
            }
            return true;
        });
    }
}
