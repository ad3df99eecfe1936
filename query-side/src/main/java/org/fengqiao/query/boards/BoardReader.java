package org.fengqiao.query.boards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.fengqiao.boards.BoardFigures;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.boards.FollowUpFigures;
import org.fengqiao.boards.LevelShare;
import org.fengqiao.boards.NodeBoard;
import org.fengqiao.boards.OpenCases;
import org.fengqiao.boards.ResolutionLevels;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.jurisdiction.NodeLevel;

/**
 * Computes a {@link BoardView} from the counter documents, with two reads by {@code _id}: the stock document that
 * holds the node's counters and its children's, and the flow document of each day of the window. The cost depends on
 * the number of days, never on the number of cases.
 */
class BoardReader {

    private final BoardStore store;
    private final JurisdictionTree tree;
    private final BoardSettings settings;

    BoardReader(BoardStore store, JurisdictionTree tree, BoardSettings settings) {
        this.store = store;
        this.tree = tree;
        this.settings = settings;
    }

    /** The node a query is about: its own, or the root when it names none. */
    NodeCode nodeOf(FindBoard query) {
        return query.node() == null ? tree.root().code() : query.node();
    }

    /**
     * @throws UnknownNodeException when the node is not in the jurisdiction tree
     * @throws BoardWindow.InvalidWindowException when the window cannot be served
     */
    BoardView read(FindBoard query) {
        JurisdictionNode node = tree.node(nodeOf(query)).orElseThrow(() -> new UnknownNodeException(query.node()));
        BoardWindow window = BoardWindow.of(query.from(), query.to(), settings);
        Instant now = settings.now();

        // a grid's counters are kept in its community's documents, a community's and a sub-district's in their own
        String owner = node.level() == NodeLevel.GRID ? node.parent().value() : node.code().value();
        BoardStore current = store.atActiveGeneration();
        Document stock = current.find(StockDocument.COLLECTION, List.of(owner)).get(owner);
        List<String> flowIds = window.days().stream().map(day -> CounterLayout.flowId(owner, day)).toList();
        Collection<Document> flows = current.find(FlowDocument.COLLECTION, flowIds).values();

        List<NodeBoard> breakdown = new ArrayList<>();
        if (node.level() != NodeLevel.GRID) {
            for (JurisdictionNode child : tree.children(node.code())) {
                breakdown.add(new NodeBoard(child.code(), child.name(), child.level(),
                        figures(owner, child.code().value(), stock, flows)));
            }
        }
        return new BoardView(node.code(), node.name(), node.level(), window.from(), window.to(), now,
                figures(owner, node.code().value(), stock, flows), breakdown);
    }

    private BoardFigures figures(String owner, String node, Document stock, Collection<Document> flows) {
        List<FlowDocument> days = new ArrayList<>(flows.size());
        for (Document flow : flows) {
            days.add(FlowDocument.from(CounterLayout.countersOf(flow, owner, node)));
        }
        return figures(StockDocument.from(CounterLayout.countersOf(stock, owner, node)), days);
    }

    BoardFigures figures(StockDocument stock, List<FlowDocument> flows) {
        long received = 0;
        long closed = 0;
        long agreements = 0;
        Map<String, Long> byOutcome = new TreeMap<>();
        Map<String, Long> resolvedAt = new TreeMap<>();
        Map<String, Long> satisfaction = new TreeMap<>();
        Map<String, Long> meetings = new TreeMap<>();
        Map<Long, Long> daysToClose = new TreeMap<>();
        long followUpsDue = 0;
        long followedUp = 0;
        long reworked = 0;
        Map<String, Long> followUpSatisfaction = new TreeMap<>();
        for (FlowDocument flow : flows) {
            followUpsDue += flow.followUpsDue();
            followedUp += flow.followedUp();
            reworked += flow.reworked();
            flow.followUpSatisfaction().forEach((k, v) -> followUpSatisfaction.merge(k, v, Long::sum));
            received += flow.received();
            closed += flow.closed();
            agreements += flow.agreements();
            flow.closedByOutcome().forEach((k, v) -> byOutcome.merge(k, v, Long::sum));
            flow.resolvedAt().forEach((k, v) -> resolvedAt.merge(k, v, Long::sum));
            flow.satisfaction().forEach((k, v) -> satisfaction.merge(k, v, Long::sum));
            flow.meetings().forEach((k, v) -> meetings.merge(k, v, Long::sum));
            flow.daysToClose().forEach((k, v) -> daysToClose.merge(Long.parseLong(k), v, Long::sum));
        }
        return new BoardFigures(open(stock), received, closed, counts(Outcome.class, byOutcome),
                median(daysToClose), resolution(resolvedAt), counts(MeetingType.class, meetings), agreements,
                counts(Satisfaction.class, satisfaction), FollowUpFigures.of(followUpsDue, followedUp,
                        counts(Satisfaction.class, followUpSatisfaction), reworked));
    }

    static OpenCases open(StockDocument stock) {
        Map<CaseStatus, Long> byStatus = counts(CaseStatus.class, stock.byStatus());
        byStatus.remove(CaseStatus.CLOSED);
        return new OpenCases(stock.open(), byStatus, counts(CaseKind.class, stock.byKind()),
                new TreeMap<>(stock.byCategory()), counts(RiskLevel.class, stock.byRisk()), stock.pastDeadline(),
                stock.escalated(), stock.pastDeadline(), stock.dueSoon(),
                stock.byRisk().getOrDefault(RiskLevel.HIGH.name(), 0L)
                        + stock.byRisk().getOrDefault(RiskLevel.CRITICAL.name(), 0L),
                stock.groupCases(),
                stock.supervisionOrders(), new TreeMap<>(stock.supervisionOrdersByUnit()), stock.feedbackOverdue());
    }

    private static ResolutionLevels resolution(Map<String, Long> resolvedAt) {
        long grid = resolvedAt.getOrDefault(Level.GRID.name(), 0L);
        long community = resolvedAt.getOrDefault(Level.COMMUNITY.name(), 0L);
        long subDistrict = resolvedAt.getOrDefault(Level.SUB_DISTRICT.name(), 0L);
        long district = resolvedAt.getOrDefault(Level.DISTRICT.name(), 0L);
        long resolved = grid + community + subDistrict + district;
        return new ResolutionLevels(resolved, LevelShare.of(grid + community, resolved),
                LevelShare.of(subDistrict, resolved), LevelShare.of(district, resolved));
    }

    /** The median of a histogram (value to count); the mean of the two middle values when the count is even. */
    static Double median(Map<Long, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long lowerIndex = (total - 1) / 2;
        long upperIndex = total / 2;
        Long lower = null;
        Long upper = null;
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : new TreeMap<>(histogram).entrySet()) {
            seen += bucket.getValue();
            if (lower == null && seen > lowerIndex) {
                lower = bucket.getKey();
            }
            if (seen > upperIndex) {
                upper = bucket.getKey();
                break;
            }
        }
        return (lower + upper) / 2.0;
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, Map<String, Long> stored) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, stored.getOrDefault(constant.name(), 0L));
        }
        return counts;
    }

    /** A board was asked for a node that is not in the jurisdiction tree. */
    static final class UnknownNodeException extends IllegalArgumentException {

        UnknownNodeException(NodeCode node) {
            super("no node " + node + " in the jurisdiction tree");
        }
    }
}
