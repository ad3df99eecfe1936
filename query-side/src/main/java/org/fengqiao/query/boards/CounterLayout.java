package org.fengqiao.query.boards;

import java.time.LocalDate;
import org.bson.Document;

/**
 * How counters are laid out in the two counter collections: one document per sub-district or community (stock), or
 * per sub-district or community and day (flow), holding the node's own counters under {@code own} and each child's
 * under {@code children.<child code>}. Grids have no documents of their own; their counters live in their community's.
 *
 * <p>Why: a board, of any node and with its breakdown, is then one stock document and one flow document per day of
 * the window, and an event changes two counter documents of each collection (its community's and its sub-district's)
 * instead of one per node. On the embedded server every document read or written costs several index lookups, so the
 * number of documents is what sets both the latency of a board and the throughput of the projection.
 */
final class CounterLayout {

    static final String OWN = "own";
    static final String CHILDREN = "children";
    private static final char SEPARATOR = '|';

    private CounterLayout() {
    }

    static String own(String path) {
        return OWN + "." + path;
    }

    static String child(String child, String path) {
        return CHILDREN + "." + child + "." + path;
    }

    static String flowId(String node, LocalDate day) {
        return node + SEPARATOR + day;
    }

    /** A new, empty stock document of a node. */
    static Document newStock(String id) {
        return new Document("_id", id);
    }

    /** A new, empty flow document, with its node and day spelled out for people reading the collection. */
    static Document newFlow(String id) {
        int separator = id.indexOf(SEPARATOR);
        return new Document("_id", id).append("node", id.substring(0, separator))
                                      .append("day", id.substring(separator + 1));
    }

    /** The counters of {@code node} in a document of {@code owner} (the node itself or its parent), or null. */
    static Document countersOf(Document document, String owner, String node) {
        if (document == null) {
            return null;
        }
        if (owner.equals(node)) {
            return document.get(OWN, Document.class);
        }
        Document children = document.get(CHILDREN, Document.class);
        return children == null ? null : children.get(node, Document.class);
    }
}
