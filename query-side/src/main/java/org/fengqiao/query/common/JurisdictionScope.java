package org.fengqiao.query.common;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * What the authenticated caller may see: a caller bound to a node sees only its subtree (cases, lists, history,
 * boards, streams); a caller bound to none sees everything. A confidential case is seen only by callers holding one of
 * the roles it names or named among its accounts, and by auditors and supervisors always ({@link CaseView#visibleTo}),
 * within their subtree as before. Out of
 * scope is answered exactly like unknown, 404, so that a caller learns nothing of cases outside its jurisdiction or
 * of confidential cases not meant for it. Read {@link #current()} on the request's thread: answers completed by the
 * query bus run on other threads, which know no caller.
 */
@Component
public class JurisdictionScope {

    private final JurisdictionTree tree;

    JurisdictionScope(JurisdictionTree tree) {
        this.tree = tree;
    }

    /**
     * The current caller's view of the tree and of confidential cases. Without an authenticated caller (security
     * lets none through to the API; web slice tests) nothing is bound to a node, and no confidential case is seen.
     */
    public Visible current() {
        Caller caller = Caller.current().orElse(null);
        if (caller == null) {
            return new Visible(null, tree, new CaseViewer(null, Set.of()));
        }
        NodeCode node = caller.seesAll() ? null : nodeCode(caller.jurisdiction());
        return new Visible(node, tree, new CaseViewer(caller.name(),
                caller.roles().stream().map(Enum::name).collect(Collectors.toSet())));
    }

    private static NodeCode nodeCode(String code) {
        try {
            return new NodeCode(code);
        } catch (IllegalArgumentException e) {
            // a node code that cannot exist is a node with nothing below it
            return new NodeCode("NONE");
        }
    }

    /**
     * The subtree below {@code node}, or everything when {@code node} is {@code null}; and the caller as a
     * {@link CaseViewer}, for confidential cases. Immutable, so it may be read on any thread once taken.
     */
    public static final class Visible {

        private final NodeCode node;
        private final JurisdictionTree tree;
        private final CaseViewer viewer;

        Visible(NodeCode node, JurisdictionTree tree, CaseViewer viewer) {
            this.node = node;
            this.tree = tree;
            this.viewer = viewer;
        }

        /** Bound to no node: the whole tree (confidential cases still need the caller in their audience). */
        public boolean all() {
            return node == null;
        }

        /** The caller's name and role names, for a {@link org.fengqiao.cases.query.ListCases} to filter with. */
        public CaseViewer viewer() {
            return viewer;
        }

        /** Whether a confidential case restricted to these roles and accounts is meant for the caller. */
        public boolean admits(Collection<String> roles, Collection<String> accounts) {
            return Confidentiality.admits(roles, accounts, viewer.name(), viewer.roles());
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

        /** Whether the caller sees the case: within its subtree and, if the case is confidential, in its audience. */
        public boolean covers(CaseView view) {
            boolean inSubtree = node == null || view.jurisdiction() != null && view.jurisdiction().within(node);
            return inSubtree && view.visibleTo(viewer.name(), viewer.roles());
        }

        /** The case if the caller sees it; otherwise 404, as for an unknown case. */
        public CaseView check(CaseView view) {
            if (view != null && !covers(view)) {
                throw QueryRejection.caseNotFound();
            }
            return view;
        }
    }
}
