package org.fengqiao.cases.query;

import java.util.List;
import org.fengqiao.cases.common.Values;

/** One page of a {@link ListCases} answer: the cases on it and how many cases match in all. */
public record CasePage(List<CaseView> items, long total) {

    public CasePage {
        items = Values.listOf(items);
    }
}
