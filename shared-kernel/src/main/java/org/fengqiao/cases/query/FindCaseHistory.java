package org.fengqiao.cases.query;

import java.time.Instant;
import java.util.Objects;
import org.fengqiao.cases.value.CaseId;

/**
 * Asks for one page of a case's history, oldest event first, read from the event store. With {@code asOf}, only the
 * events recorded at or before that instant count (what the system knew then); without it, all of them. Answered with
 * {@code null} when the case had no recorded event at that point.
 */
public record FindCaseHistory(CaseId caseId, Instant asOf, int page, int size) {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    public FindCaseHistory {
        Objects.requireNonNull(caseId, "caseId");
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
