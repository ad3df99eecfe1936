package org.fengqiao.command.web;

import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * What an intake may register: a caller bound to a node registers cases only in grids below it (403
 * {@code OUTSIDE_JURISDICTION} otherwise). An existing case checks its caller itself; a new one has no state yet, so
 * the intake is checked here against the jurisdiction tree.
 */
@Component
class IntakeScope {

    private final JurisdictionTree tree;

    IntakeScope(JurisdictionTree tree) {
        this.tree = tree;
    }

    /** An unknown or missing grid is left to the case's own rules ({@code UNKNOWN_GRID}, {@code GRID_REQUIRED}). */
    void requireGrid(NodeCode grid) {
        Caller caller = Caller.current().orElse(null);
        if (caller == null || caller.seesAll() || grid == null) {
            return;
        }
        NodeCode node;
        try {
            node = new NodeCode(caller.jurisdiction());
        } catch (IllegalArgumentException e) {
            throw new CaseRuleViolation(CaseRule.OUTSIDE_JURISDICTION);
        }
        tree.pathOfGrid(grid).filter(path -> !path.within(node)).ifPresent(path -> {
            throw new CaseRuleViolation(CaseRule.OUTSIDE_JURISDICTION);
        });
    }

    /** A new id, or for another system's reference the id of the case registered under it. */
    static CaseId newCaseId(ExternalRef externalRef, CaseKind kind) {
        return externalRef == null ? CaseId.generate() : externalRef.caseId(kind);
    }
}
