package org.fengqiao.cases.query;

import java.time.Instant;
import java.util.Objects;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Asks for one page of cases that match every filter given; a {@code null} filter matches all. Answered with a
 * {@link CasePage}.
 *
 * @param node         a node of the jurisdiction tree: matches the cases whose sub-district, community or grid it is
 * @param officer      the officer the case is assigned to, as recorded at assignment
 * @param overdue      {@code true}: only the cases whose view is {@link CaseView#overdue() overdue} (open, past a
 *                     missed time limit); {@code false}: only the others; {@code null}: both
 * @param receivedFrom inclusive lower bound of the time a case was received
 * @param receivedTo   exclusive upper bound of the time a case was received
 * @param page         the page, from 0
 * @param size         cases per page, 1 to {@link #MAX_PAGE_SIZE}
 * @param viewer       who asks: confidential cases it may not see are left out and counted as withheld;
 *                     {@code null} for the system itself, which sees every case
 */
public record ListCases(
        CaseKind kind,
        CaseStatus status,
        Category category,
        NodeCode node,
        UnitCode unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        RiskLevel risk,
        Boolean overdue,
        Instant receivedFrom,
        Instant receivedTo,
        int page,
        int size,
        CaseSort sort,
        CaseViewer viewer) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 200;

    /** Asked by the system itself, which sees confidential cases too. */
    public ListCases(CaseKind kind, CaseStatus status, Category category, NodeCode node, UnitCode unit, String officer,
            RiskLevel risk, Boolean overdue, Instant receivedFrom, Instant receivedTo, int page, int size,
            CaseSort sort) {
        this(kind, status, category, node, unit, officer, risk, overdue, receivedFrom, receivedTo, page, size, sort,
                null);
    }

    public ListCases {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        officer = officer == null || officer.isBlank() ? null : officer.strip();
        sort = Objects.requireNonNullElse(sort, CaseSort.DEFAULT);
    }

    /** All cases, first page, default size and order. */
    public static ListCases all() {
        return new ListCases(null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_PAGE_SIZE, null);
    }
}
