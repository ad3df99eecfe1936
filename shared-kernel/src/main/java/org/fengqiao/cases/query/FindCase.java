package org.fengqiao.cases.query;

import org.fengqiao.cases.value.CaseId;

/**
 * Asks for the current {@link CaseView} of one case, as the read model knows it; answered with {@code null} when the
 * read model has no such case (yet). Also the subscription query behind read-your-writes and the live case stream:
 * every change of the view is sent as an update, after the read model stored it.
 */
public record FindCase(CaseId caseId) {

    public FindCase {
        java.util.Objects.requireNonNull(caseId, "caseId");
    }
}
