package org.fengqiao.query.boards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bson.Document;
import org.fengqiao.boards.BoardFigures;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.NodeBoard;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.jurisdiction.NodeLevel;
import org.fengqiao.query.common.QueryRejection;
import org.springframework.stereotype.Component;

/**
 * Boards as they stood at any instant, computed from the events rather than from the live counters: a {@link Folding}
 * folds events in store order through the same {@link BoardFold} the projection uses, into counter documents held in
 * memory, and reads them with the same {@link BoardReader#figures} arithmetic, so a board "as of now" equals the live
 * one. While folding it can also remember, for every counter of every node, which cases count in it and which of
 * their events put them there: the provenance of each figure. Used by {@code org.fengqiao.query.boardhistory}.
 */
@Component
public class BoardHistory {

    private final BoardSettings settings;
    private final JurisdictionTree tree;

    BoardHistory(BoardSettings settings, JurisdictionTree tree) {
        this.settings = settings;
        this.tree = tree;
    }

    /** A new, empty replay; {@code provenance} makes it remember which events changed which counters. */
    public Folding replay(boolean provenance) {
        return new Folding(provenance, false);
    }

    /** A new, empty replay that remembers what changed, for {@link Folding#takeDelta()}. */
    public Folding checkpointing() {
        return new Folding(false, true);
    }

    /**
     * A replay in the state that the deltas, taken in this order from one checkpointing replay, add up to: as if it
     * had folded every event that replay had folded when it took the last of them. It shares nothing that it changes
     * with the deltas, which stay as they are.
     */
    public Folding restore(List<Delta> deltas) {
        Folding replay = new Folding(false, false);
        for (int i = deltas.size() - 1; i >= 0; i--) {
            Delta delta = deltas.get(i);
            delta.cases.forEach(replay.cases::putIfAbsent);
            delta.stock.forEach((id, document) -> replay.stock.computeIfAbsent(id, key -> Counters.copy(document)));
            delta.flow.forEach((id, document) -> replay.flow.computeIfAbsent(id, key -> Counters.copy(document)));
        }
        replay.events = deltas.isEmpty() ? 0 : deltas.get(deltas.size() - 1).events;
        return replay;
    }

    /**
     * What a checkpointing replay changed between two {@link Folding#takeDelta()} calls: the cases' new states (they are
     * immutable) and copies of the changed counter documents; and how many events it had folded by then.
     */
    public static final class Delta {

        private final Map<String, BoardCase> cases;
        private final Map<String, Document> stock;
        private final Map<String, Document> flow;
        private final long events;

        private Delta(Map<String, BoardCase> cases, Map<String, Document> stock, Map<String, Document> flow,
                long events) {
            this.cases = cases;
            this.stock = stock;
            this.flow = flow;
            this.events = events;
        }

        /** How many cases and counter documents it holds. */
        public int size() {
            return cases.size() + stock.size() + flow.size();
        }
    }

    /** One event's part in a counter: +1 when it put the case in, -1 when it took it out. */
    public record Contribution(long sequence, String eventType, Instant occurredAt, Instant recordedAt, long delta) {
    }

    /** A case behind a figure: how much it adds to it (usually 1) and the events that made it so. */
    public record FigureCase(String caseId, long amount, List<Contribution> events) {
    }

    /** Events folded in store order; the boards and provenance reflect every event applied so far. */
    public final class Folding {

        private final Map<String, BoardCase> cases = new HashMap<>();
        private final Map<String, Document> stock = new HashMap<>();
        private final Map<String, Document> flow = new HashMap<>();
        /** node|figure (stock) or node|figure|day (flow) to case id to its contributions. */
        private final Map<String, Map<String, List<Contribution>>> provenance;
        /** The ids of the cases and documents changed since the last delta; null when not checkpointing. */
        private final Set<String> changedCases;
        private final Set<String> changedStock;
        private final Set<String> changedFlow;
        private long events;

        private Folding(boolean provenance, boolean checkpointing) {
            this.provenance = provenance ? new HashMap<>() : null;
            this.changedCases = checkpointing ? new HashSet<>() : null;
            this.changedStock = checkpointing ? new HashSet<>() : null;
            this.changedFlow = checkpointing ? new HashSet<>() : null;
        }

        /** What changed since the last delta (or the start); a replay made by {@link #checkpointing()} only. */
        public Delta takeDelta() {
            if (changedCases == null) {
                throw new IllegalStateException("this replay keeps no changes");
            }
            Map<String, BoardCase> changed = new HashMap<>();
            changedCases.forEach(id -> changed.put(id, cases.get(id)));
            Map<String, Document> stockCopies = new HashMap<>();
            changedStock.forEach(id -> stockCopies.put(id, Counters.copy(stock.get(id))));
            Map<String, Document> flowCopies = new HashMap<>();
            changedFlow.forEach(id -> flowCopies.put(id, Counters.copy(flow.get(id))));
            changedCases.clear();
            changedStock.clear();
            changedFlow.clear();
            return new Delta(changed, stockCopies, flowCopies, events);
        }

        /** Folds one event of a case, given in its stream's order. */
        public void apply(CaseEvent event, long sequence, Instant recordedAt) {
            events++;
            if (!BoardFold.counts(event)) {
                return;
            }
            String caseId = event.caseId().value();
            BoardCase current = cases.get(caseId);
            BoardFold fold = new BoardFold(settings.zone(), current == null ? Map.of() : Map.of(caseId, current));
            if (!fold.apply(event, sequence)) {
                return;
            }
            fold.changedCases().forEach(c -> cases.put(c.caseId(), c));
            fold.stockDeltas().forEach((id, deltas) -> Counters.add(
                    stock.computeIfAbsent(id, CounterLayout::newStock), deltas));
            fold.flowDeltas().forEach((id, deltas) -> Counters.add(
                    flow.computeIfAbsent(id, CounterLayout::newFlow), deltas));
            if (changedCases != null) {
                fold.changedCases().forEach(c -> changedCases.add(c.caseId()));
                changedStock.addAll(fold.stockDeltas().keySet());
                changedFlow.addAll(fold.flowDeltas().keySet());
            }
            if (provenance != null) {
                Contribution base = new Contribution(sequence, event.getClass().getSimpleName(), event.occurredAt(),
                        recordedAt, 0);
                Set<String> seen = new LinkedHashSet<>();
                fold.stockDeltas().forEach((id, deltas) -> remember(caseId, id, null, deltas, base, seen));
                fold.flowDeltas().forEach((id, deltas) -> {
                    int separator = id.indexOf('|');
                    remember(caseId, id.substring(0, separator), id.substring(separator + 1), deltas, base, seen);
                });
            }
        }

        private void remember(String caseId, String owner, String day, Map<String, Long> deltas, Contribution base,
                Set<String> seen) {
            deltas.forEach((path, delta) -> {
                if (delta == 0) {
                    // the fold restates a case's counters after some events (a deadline set, say) without changing
                    // them; such an event did not put the case behind the figure
                    return;
                }
                String node;
                String figure;
                if (path.startsWith(CounterLayout.OWN + ".")) {
                    node = owner;
                    figure = path.substring(CounterLayout.OWN.length() + 1);
                } else {
                    String rest = path.substring(CounterLayout.CHILDREN.length() + 1);
                    node = rest.substring(0, rest.indexOf('.'));
                    figure = rest.substring(node.length() + 1);
                }
                String key = node + "|" + figure + (day == null ? "" : "|" + day);
                // a community's counters are kept in its own document and in its sub-district's: count them once
                if (seen.add(key)) {
                    provenance.computeIfAbsent(key, k -> new LinkedHashMap<>())
                              .computeIfAbsent(caseId, k -> new ArrayList<>())
                              .add(new Contribution(base.sequence(), base.eventType(), base.occurredAt(),
                                      base.recordedAt(), delta));
                }
            });
        }

        /** Events folded so far. */
        public long events() {
            return events;
        }

        /**
         * The board of {@code node} (the root when null) over the window {@code from}-{@code to} (the default window
         * ending on the day of {@code asOf} when absent), as it stood at {@code asOf}.
         */
        public BoardView board(NodeCode node, Instant from, Instant to, Instant asOf) {
            BoardSettings at = at(asOf);
            JurisdictionNode target = node(node);
            BoardWindow window = window(from, to, at);
            BoardReader reader = new BoardReader(null, tree, at);
            String owner = owner(target);
            Document stockDocument = stock.get(owner);
            List<Document> flows = new ArrayList<>();
            for (LocalDate day : window.days()) {
                Document document = flow.get(CounterLayout.flowId(owner, day));
                if (document != null) {
                    flows.add(document);
                }
            }
            List<NodeBoard> breakdown = new ArrayList<>();
            if (target.level() != NodeLevel.GRID) {
                for (JurisdictionNode child : tree.children(target.code())) {
                    breakdown.add(new NodeBoard(child.code(), child.name(), child.level(),
                            figures(reader, owner, child.code().value(), stockDocument, flows)));
                }
            }
            return new BoardView(target.code(), target.name(), target.level(), window.from(), window.to(), asOf,
                    figures(reader, owner, target.code().value(), stockDocument, flows), breakdown);
        }

        private BoardFigures figures(BoardReader reader, String owner, String node, Document stockDocument,
                Collection<Document> flows) {
            List<FlowDocument> days = new ArrayList<>();
            for (Document document : flows) {
                days.add(FlowDocument.from(CounterLayout.countersOf(document, owner, node)));
            }
            return reader.figures(StockDocument.from(CounterLayout.countersOf(stockDocument, owner, node)), days);
        }

        /**
         * The cases behind one figure of a node's board as it stood at {@code asOf}, each with the events that put it
         * there. Figures are named as in the board's JSON: {@code open.total}, {@code open.byStatus.ASSIGNED},
         * {@code open.byKind.*}, {@code open.byCategory.*}, {@code open.byRisk.*}, {@code open.escalated},
         * {@code open.groupCases}, {@code open.overdue}, {@code received}, {@code closed}, {@code closedByOutcome.*}, {@code meetings.*},
         * {@code agreements}, {@code satisfaction.*}, {@code resolution.resolved},
         * {@code resolution.communityOrBelow}, {@code resolution.subDistrict}, {@code resolution.passedUp}.
         */
        public List<FigureCase> cases(NodeCode node, String figure, Instant from, Instant to, Instant asOf) {
            if (provenance == null) {
                throw new IllegalStateException("this replay keeps no provenance");
            }
            BoardSettings at = at(asOf);
            JurisdictionNode target = node(node);
            String code = target.code().value();
            BoardWindow window = window(from, to, at);
            Predicate<String> matches = matcher(figure);
            Set<String> days = new LinkedHashSet<>();
            window.days().forEach(day -> days.add(day.toString()));
            Map<String, List<Contribution>> byCase = new TreeMap<>();
            provenance.forEach((key, contributions) -> {
                String[] parts = key.split("\\|");
                if (!parts[0].equals(code) || !matches.test(parts[1])) {
                    return;
                }
                boolean flowFigure = parts.length == 3;
                if (flowFigure != isFlow(figure) || flowFigure && !days.contains(parts[2])) {
                    return;
                }
                contributions.forEach((caseId, list) -> byCase.computeIfAbsent(caseId, k -> new ArrayList<>())
                                                              .addAll(list));
            });
            List<FigureCase> answer = new ArrayList<>();
            byCase.forEach((caseId, list) -> {
                long amount = list.stream().mapToLong(Contribution::delta).sum();
                if (amount != 0) {
                    List<Contribution> ordered = new ArrayList<>(list);
                    ordered.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
                    answer.add(new FigureCase(caseId, amount, ordered));
                }
            });
            return answer;
        }

        private JurisdictionNode node(NodeCode node) {
            NodeCode code = node == null ? tree.root().code() : node;
            return tree.node(code).orElseThrow(() -> QueryRejection.notFound("UNKNOWN_NODE",
                    "No node with this code is in the jurisdiction tree."));
        }
    }

    private static boolean isFlow(String figure) {
        return !figure.startsWith("open.");
    }

    /** Which stored counter paths make up a figure; 400 for a figure boards do not have. */
    private static Predicate<String> matcher(String figure) {
        if (figure == null) {
            throw QueryRejection.invalidValue("figure", "is required");
        }
        String[] prefixed = {"open.byStatus.", "open.byKind.", "open.byCategory.", "open.byRisk.", "closedByOutcome.",
            "meetings.", "satisfaction."};
        for (String prefix : prefixed) {
            if (figure.startsWith(prefix) && figure.length() > prefix.length()) {
                String path = figure.startsWith("open.") ? figure.substring("open.".length()) : figure;
                return path::equals;
            }
        }
        switch (figure) {
            case "open.total":
                return StockDocument.OPEN::equals;
            case "open.escalated":
                return StockDocument.ESCALATED::equals;
            case "open.groupCases":
                return StockDocument.GROUP_CASES::equals;
            case "open.overdue":
                // overdue means past a missed time limit, as in the case view (no longer an age in days)
                return StockDocument.PAST_DEADLINE::equals;
            case "received", "closed", "agreements":
                return figure::equals;
            case "resolution.resolved":
                return path -> path.startsWith(FlowDocument.RESOLVED_AT + ".");
            case "resolution.communityOrBelow":
                return path -> path.equals(FlowDocument.RESOLVED_AT + "." + Level.GRID)
                        || path.equals(FlowDocument.RESOLVED_AT + "." + Level.COMMUNITY);
            case "resolution.subDistrict":
                return path -> path.equals(FlowDocument.RESOLVED_AT + "." + Level.SUB_DISTRICT);
            case "resolution.passedUp":
                return path -> path.equals(FlowDocument.RESOLVED_AT + "." + Level.DISTRICT);
            default:
                throw QueryRejection.invalidValue("figure", "must name a board figure, e.g. open.byStatus.ASSIGNED");
        }
    }

    private BoardSettings at(Instant asOf) {
        return new BoardSettings(settings.zone(),
                settings.defaultWindowDays(), settings.maxWindowDays(), settings.pushInterval(),
                Clock.fixed(asOf, settings.zone()));
    }

    private static BoardWindow window(Instant from, Instant to, BoardSettings at) {
        try {
            return BoardWindow.of(from, to, at);
        } catch (BoardWindow.InvalidWindowException e) {
            throw QueryRejection.invalidValue(e.field(), e.getMessage());
        }
    }

    private static String owner(JurisdictionNode node) {
        return node.level() == NodeLevel.GRID ? node.parent().value() : node.code().value();
    }
}
