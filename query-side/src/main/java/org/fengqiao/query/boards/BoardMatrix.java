package org.fengqiao.query.boards;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.fengqiao.boards.OpenCases;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The open cases of the children of several nodes at once (for the sub-district's matrix: each community's grids),
 * from the nodes' stock documents alone, read together by {@code _id}: one read, where a board of each node also
 * reads the flow documents of its window, which the matrix's cells do not show.
 */
public class BoardMatrix {

    private final BoardStore store;
    private final JurisdictionTree tree;

    BoardMatrix(BoardStore store, JurisdictionTree tree) {
        this.store = store;
        this.tree = tree;
    }

    /**
     * For each of {@code nodes} (communities or sub-districts; a grid has no children), its children's open cases in
     * the tree's order; a node without counters yet has its children at zero.
     */
    public Map<NodeCode, Map<NodeCode, OpenCases>> childrenOf(Collection<NodeCode> nodes) {
        Map<String, Document> stocks = store.atActiveGeneration().find(StockDocument.COLLECTION,
                nodes.stream().map(NodeCode::value).toList());
        Map<NodeCode, Map<NodeCode, OpenCases>> matrix = new LinkedHashMap<>();
        for (NodeCode node : nodes) {
            Document stock = stocks.get(node.value());
            Map<NodeCode, OpenCases> row = new LinkedHashMap<>();
            List<JurisdictionNode> children = tree.children(node);
            for (JurisdictionNode child : children) {
                row.put(child.code(), BoardReader.open(StockDocument.from(CounterLayout.countersOf(stock,
                        node.value(), child.code().value()))));
            }
            matrix.put(node, row);
        }
        return matrix;
    }
}
