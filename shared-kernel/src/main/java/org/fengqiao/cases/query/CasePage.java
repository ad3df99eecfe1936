package org.fengqiao.cases.query;

import java.util.List;
import org.fengqiao.cases.value.Values;

/**
 * One page of a {@link ListCases} answer: the cases on it; {@code total}, how many cases match the filters and may be
 * shown to the caller (so the pages add up to it); {@code withheld}, how many more match but are confidential cases the
 * caller may not see, left out of every page. {@code total + withheld} is what a caller who sees everything would get
 * as {@code total}.
 */
public record CasePage(List<CaseView> items, long total, int withheld) {

    /** Nothing withheld. */
    public CasePage(List<CaseView> items, long total) {
        this(items, total, 0);
    }

    public CasePage {
        items = Values.listOf(items);
    }
}
