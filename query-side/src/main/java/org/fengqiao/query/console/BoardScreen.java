package org.fengqiao.query.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.boards.BoardFigures;
import org.fengqiao.boards.BoardView;
import org.fengqiao.boards.FindBoard;
import org.fengqiao.boards.NodeBoard;
import org.fengqiao.boards.OpenCases;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.jurisdiction.NodeLevel;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.query.boardhistory.BoardTimeTravel;
import org.fengqiao.query.boards.BoardMatrix;
import org.fengqiao.query.common.NodeNames;
import org.springframework.stereotype.Component;

/**
 * The board page's content for one node: its figures (each leading to the cases behind it), a chart of its open cases
 * by status, and the matrix of its grids (for the sub-district: one row per community or village, one cell per grid),
 * each cell toned by its worst signal. Now from the board projection, or as of a past instant from the events.
 */
@Component
class BoardScreen {

    private static final long TIMEOUT_SECONDS = 10;

    private final QueryGateway queries;
    private final BoardTimeTravel timeTravel;
    private final JurisdictionTree tree;
    private final BoardMatrix matrix;

    BoardScreen(QueryGateway queries, BoardTimeTravel timeTravel, JurisdictionTree tree, BoardMatrix matrix) {
        this.queries = queries;
        this.timeTravel = timeTravel;
        this.tree = tree;
        this.matrix = matrix;
    }

    /** A figure of the node and the page of cases it stands for ({@code null}: none). */
    record Figure(String key, String value, String href) {
    }

    /** One grid (or child node) of the matrix. */
    record Cell(String code, @NotPersonalData("a node's name in the jurisdiction tree") String name, long open, long pastDeadline, long dueSoon, long highRisk, String tone) {
    }

    record Row(String code, @NotPersonalData("a node's name in the jurisdiction tree") String name, List<Cell> cells) {
    }

    /** One bar of the status chart, already laid out in SVG units. */
    record Bar(String status, long value, int y, int width) {
    }

    record Screen(String node, @NotPersonalData("a node's name in the jurisdiction tree") String name, boolean live, String asOf, List<Figure> figures, List<Bar> bars,
            List<Row> rows, Instant computedAt) {
    }

    /** The node's board now ({@code asOf == null}) or as it stood at {@code asOf}. */
    Screen of(NodeCode code, Instant asOf, Locale locale) {
        BoardView view = asOf == null ? now(code) : timeTravel.boardAsOf(code, null, null, asOf);
        List<Row> rows = new ArrayList<>();
        JurisdictionNode node = tree.node(code).orElseThrow(ConsoleProblem::notFound);
        // as of a past instant each board is a replay of the events: one level of cells then, not one replay per row;
        // now, the rows' cells are the communities' stock counters, read together (the cells show no flows)
        if (node.level() == NodeLevel.SUB_DISTRICT && asOf == null) {
            Map<NodeCode, Map<NodeCode, OpenCases>> grids = matrix.childrenOf(view.breakdown().stream()
                    .map(NodeBoard::node).toList());
            for (NodeBoard child : view.breakdown()) {
                String rowName = NodeNames.of(child.name(), locale);
                rows.add(new Row(child.node().value(), rowName, cells(grids.get(child.node()), rowName, locale)));
            }
        } else if (!view.breakdown().isEmpty()) {
            String rowName = NodeNames.of(view.name(), locale);
            Map<NodeCode, OpenCases> children = new LinkedHashMap<>();
            view.breakdown().forEach(child -> children.put(child.node(), child.figures().open()));
            rows.add(new Row(code.value(), rowName, cells(children, rowName, locale)));
        }
        String base = "/ui/cases?node=" + code.value();
        OpenCases open = view.figures().open();
        BoardFigures figures = view.figures();
        List<Figure> shown = List.of(
                new Figure("figure.open", Long.toString(open.total()), base),
                new Figure("figure.received", Long.toString(figures.received()), base),
                new Figure("figure.closed", Long.toString(figures.closed()), base + "&status=CLOSED"),
                new Figure("figure.pastDeadline", Long.toString(open.pastDeadline()), base + "&overdue=true"),
                new Figure("figure.dueSoon", Long.toString(open.dueSoon()), base),
                new Figure("figure.highRisk", Long.toString(open.highRisk()), "/ui/high-risk?node=" + code.value()),
                new Figure("figure.resolvedCommunity", share(figures.resolution().communityOrBelow().share()), null),
                new Figure("figure.resolvedSubDistrict", share(figures.resolution().subDistrict().share()), null),
                new Figure("figure.satisfied",
                        Long.toString(figures.satisfaction().getOrDefault(Satisfaction.SATISFIED, 0L)), null));
        return new Screen(code.value(), NodeNames.of(view.name(), locale), asOf == null,
                asOf == null ? null : asOf.toString(), shown, bars(open), rows, view.asOf());
    }

    private List<Cell> cells(Map<NodeCode, OpenCases> children, String rowName, Locale locale) {
        List<Cell> cells = new ArrayList<>(children.size());
        children.forEach((child, open) -> {
            String tone = open.pastDeadline() > 0 ? "past-deadline" : open.dueSoon() > 0 ? "due-soon"
                    : open.highRisk() > 0 ? "high-risk" : open.total() > 0 ? "open" : "quiet";
            String name = NodeNames.of(tree.node(child).map(JurisdictionNode::name).orElse(child.value()), locale);
            // within its row a grid is named without its community's name
            if (name.startsWith(rowName) && name.length() > rowName.length()) {
                name = name.substring(rowName.length()).strip();
            }
            cells.add(new Cell(child.value(), name, open.total(), open.pastDeadline(), open.dueSoon(),
                    open.highRisk(), tone));
        });
        return cells;
    }

    private static List<Bar> bars(OpenCases open) {
        long max = Math.max(1, open.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (CaseStatus status : CaseStatus.values()) {
            if (status == CaseStatus.CLOSED) {
                continue;
            }
            long value = open.byStatus().getOrDefault(status, 0L);
            bars.add(new Bar(status.name(), value, y, (int) Math.round(240.0 * value / max)));
            y += 22;
        }
        return bars;
    }

    private static String share(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    private BoardView now(NodeCode code) {
        try {
            return queries.query(new FindBoard(code, null, null), ResponseTypes.instanceOf(BoardView.class))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the board of " + code + " could not be read", e);
        }
    }
}
