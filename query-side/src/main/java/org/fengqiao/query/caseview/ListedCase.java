package org.fengqiao.query.caseview;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.query.CaseSort;
import org.fengqiao.cases.query.CaseViewer;
import org.fengqiao.cases.query.ListCases;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * What the {@link CaseListIndex} keeps of one stored case view: the fields a {@link ListCases} filters and sorts by,
 * as the stored document has them (times in milliseconds, as MongoDB keeps them), and the view's version.
 * {@link #matches} and {@link #visibleTo} are the same rules as {@link CaseViewStore}'s MongoDB criteria.
 */
record ListedCase(
        String id,
        long version,
        String kind,
        String status,
        String category,
        String subDistrict,
        String community,
        String grid,
        String unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        String riskLevel,
        Instant receivedAt,
        Instant lastActivityAt,
        String caseNumber,
        boolean overdue,
        boolean confidential,
        List<String> confidentialRoles,
        List<String> confidentialAccounts) {

    /** The fields of a {@link CaseViewDocument} the index reads, so a load reads no more of each document. */
    static final List<String> FIELDS = List.of(CaseViewDocument.ID, "version", CaseViewDocument.KIND,
            CaseViewDocument.STATUS, CaseViewDocument.CATEGORY, CaseViewDocument.SUB_DISTRICT,
            CaseViewDocument.COMMUNITY, CaseViewDocument.GRID, CaseViewDocument.UNIT, CaseViewDocument.OFFICER,
            CaseViewDocument.RISK_LEVEL, CaseViewDocument.RECEIVED_AT, CaseViewDocument.LAST_ACTIVITY_AT,
            CaseViewDocument.CASE_NUMBER, CaseViewDocument.OVERDUE, CaseViewDocument.CONFIDENTIAL,
            CaseViewDocument.CONFIDENTIAL_ROLES, CaseViewDocument.CONFIDENTIAL_ACCOUNTS);

    static ListedCase of(CaseViewDocument document) {
        return new ListedCase(document.id(), document.version(), document.kind(), document.status(),
                document.category(), document.subDistrict(), document.community(), document.grid(), document.unit(),
                document.officer(), document.riskLevel(), millis(document.receivedAt()),
                millis(document.lastActivityAt()), document.caseNumber(), document.overdue(),
                Boolean.TRUE.equals(document.confidential()),
                strings(document.confidentialRoles()), strings(document.confidentialAccounts()));
    }

    /** The same from the raw stored document, read with only {@link #FIELDS}. */
    static ListedCase of(org.bson.Document document) {
        return new ListedCase(document.getString(CaseViewDocument.ID),
                document.get("version", Number.class).longValue(), document.getString(CaseViewDocument.KIND),
                document.getString(CaseViewDocument.STATUS), document.getString(CaseViewDocument.CATEGORY),
                document.getString(CaseViewDocument.SUB_DISTRICT), document.getString(CaseViewDocument.COMMUNITY),
                document.getString(CaseViewDocument.GRID), document.getString(CaseViewDocument.UNIT),
                document.getString(CaseViewDocument.OFFICER), document.getString(CaseViewDocument.RISK_LEVEL),
                instant(document.getDate(CaseViewDocument.RECEIVED_AT)),
                instant(document.getDate(CaseViewDocument.LAST_ACTIVITY_AT)),
                document.getString(CaseViewDocument.CASE_NUMBER),
                Boolean.TRUE.equals(document.getBoolean(CaseViewDocument.OVERDUE)),
                Boolean.TRUE.equals(document.getBoolean(CaseViewDocument.CONFIDENTIAL)),
                strings(document.getList(CaseViewDocument.CONFIDENTIAL_ROLES, String.class)),
                strings(document.getList(CaseViewDocument.CONFIDENTIAL_ACCOUNTS, String.class)));
    }

    /** Whether the case matches every filter of the query (its page, order and viewer aside). */
    boolean matches(ListCases query) {
        return (query.kind() == null || query.kind().name().equals(kind))
                && (query.status() == null || query.status().name().equals(status))
                && (query.category() == null || query.category().code().equals(category))
                && (query.node() == null || isIn(query.node().value()))
                && (query.unit() == null || query.unit().value().equals(unit))
                && (query.officer() == null || query.officer().equals(officer))
                && (query.risk() == null || query.risk().name().equals(riskLevel))
                && (query.receivedFrom() == null
                        || receivedAt != null && !receivedAt.isBefore(millis(query.receivedFrom())))
                && (query.receivedTo() == null
                        || receivedAt != null && receivedAt.isBefore(millis(query.receivedTo())))
                && (query.overdue() == null || query.overdue() == overdue);
    }

    /** Whether a viewer may see the case: {@code null}, the system itself, sees every case. */
    boolean visibleTo(CaseViewer viewer) {
        return viewer == null || !confidential
                || Confidentiality.admits(confidentialRoles, confidentialAccounts, viewer.name(), viewer.roles());
    }

    /**
     * Whether this later state of a listed case would still be listed by the query in the same place: it matches,
     * its viewer may see it and its sort key is the same. Every other case's place depends on its own state only.
     */
    boolean listedAs(ListedCase listed, ListCases query) {
        return matches(query) && visibleTo(query.viewer()) && order(query.sort()).compare(this, listed) == 0;
    }

    private boolean isIn(String node) {
        return node.equals(subDistrict) || node.equals(community) || node.equals(grid);
    }

    /**
     * The order of a {@link CaseSort} as MongoDB sorts the documents: by the key, missing values lowest, then by
     * case id ascending in either direction.
     */
    static Comparator<ListedCase> order(CaseSort sort) {
        Comparator<ListedCase> key = switch (sort.key()) {
            case RECEIVED_AT -> nullsLowest(ListedCase::receivedAt);
            case LAST_ACTIVITY_AT -> nullsLowest(ListedCase::lastActivityAt);
            case CASE_NUMBER -> nullsLowest(ListedCase::caseNumber);
        };
        if (sort.direction() == CaseSort.Direction.DESC) {
            key = key.reversed();
        }
        return key.thenComparing(ListedCase::id);
    }

    private static <T extends Comparable<? super T>> Comparator<ListedCase> nullsLowest(Function<ListedCase, T> field) {
        return Comparator.comparing(field, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static List<String> strings(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
