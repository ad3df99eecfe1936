package org.fengqiao.cases.query;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fengqiao.cases.value.Values;

/**
 * One page of a case's history: {@code items} oldest first, {@code total} the number of events the history holds
 * (up to {@code asOf} when one was asked for), and {@code version} the number of events the case had in the event store
 * when it was read, whatever {@code asOf} said, so a caller can tell whether its own latest write is included.
 * {@code restrictedSubjects} and {@code erasedSubjects} are the numbers of the case's data subjects whose personal
 * data is restricted or erased now (whatever {@code asOf} said: both apply to the whole history).
 */
public record CaseHistoryView(List<HistoryEntryView> items, long total, long version,
                              Set<Integer> restrictedSubjects, Set<Integer> erasedSubjects) {

    public CaseHistoryView {
        items = Values.listOf(items);
        restrictedSubjects = restrictedSubjects == null ? Set.of() : Collections.unmodifiableSet(
                new TreeSet<>(restrictedSubjects));
        erasedSubjects = erasedSubjects == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(erasedSubjects));
    }

    /** Without restricted or erased data subjects. */
    public CaseHistoryView(List<HistoryEntryView> items, long total, long version) {
        this(items, total, version, Set.of(), Set.of());
    }

    /** The same page with {@code items} in place of its own (e.g. with personal values disclosed or masked). */
    public CaseHistoryView withItems(List<HistoryEntryView> replaced) {
        return new CaseHistoryView(replaced, total, version, restrictedSubjects, erasedSubjects);
    }
}
