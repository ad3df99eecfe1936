package org.fengqiao.query.web;

import java.util.function.Function;
import org.fengqiao.cases.common.NodeCode;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * What the authenticated caller may see: a caller bound to a node sees only its subtree (cases, lists, history,
 * boards, streams); a caller bound to none sees everything. Out of scope is answered exactly like unknown, 404, so
 * that a caller learns nothing of cases outside its jurisdiction. Read {@link #current()} on the request's thread:
 * answers completed by the query bus run on other threads, which know no caller.
 */
@Component
public class JurisdictionScope {

    private final JurisdictionTree tree;

    JurisdictionScope(JurisdictionTree tree) {
        this.tree = tree;
    }

    /** The current caller's view of the tree. */
    public Visible current() {
        return Caller.current().filter(caller -> !caller.seesAll())
                .map(caller -> new Visible(nodeCode(caller.jurisdiction()), tree))
                .orElse(new Visible(null, tree));
    }

    private static NodeCode nodeCode(String code) {
        try {
            return new NodeCode(code);
        } catch (IllegalArgumentException e) {
            // a node code that cannot exist is a node with nothing below it
            return new NodeCode("NONE");
        }
    }

    /** The subtree below {@code node}, or everything when {@code node} is {@code null}. */
    public static final class Visible {

        private final NodeCode node;
        private final JurisdictionTree tree;

        Visible(NodeCode node, JurisdictionTree tree) {
            this.node = node;
            this.tree = tree;
        }

        public boolean all() {
            return node == null;
        }

        /** The node the caller is bound to, {@code null} when it sees everything. */
        public NodeCode node() {
            return node;
        }

        /** Whether {@code code} is the caller's node or lies below it. */
        public boolean covers(NodeCode code) {
            if (node == null) {
                return true;
            }
            Function<NodeCode, NodeCode> parent = at -> tree.node(at).map(JurisdictionNode::parent).orElse(null);
            for (NodeCode at = code; at != null; at = parent.apply(at)) {
                if (at.equals(node)) {
                    return true;
                }
            }
            return false;
        }

        public boolean covers(CaseView view) {
            return node == null || view.jurisdiction() != null && view.jurisdiction().within(node);
        }

        /** The case if the caller sees it; otherwise 404, as for an unknown case. */
        public CaseView check(CaseView view) {
            if (view != null && !covers(view)) {
                throw QueryProblems.caseNotFound();
            }
            return view;
        }
    }
}
