package org.fengqiao.cases.query;

import java.util.List;
import org.fengqiao.cases.common.Values;

/**
 * One page of a case's history: {@code items} oldest first, {@code total} the number of events the history holds
 * (up to {@code asOf} when one was asked for), and {@code version} the number of events the case had in the event store
 * when it was read, whatever {@code asOf} said, so a caller can tell whether its own latest write is included.
 */
public record CaseHistoryView(List<HistoryEntryView> items, long total, long version) {

    public CaseHistoryView {
        items = Values.listOf(items);
    }
}
