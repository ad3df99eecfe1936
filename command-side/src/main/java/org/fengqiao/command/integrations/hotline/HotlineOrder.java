package org.fengqiao.command.integrations.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;

/**
 * A work order in our terms, read from the city's format ({@link HotlineOrderReader}): the order number, title and
 * request, the caller and the incident's address (personal values, sealed once they are in the petition), our grid,
 * category and risk from the city's codes, the dispatch time, the due date and our lead and assisting units (none when
 * the order names none).
 */
record HotlineOrder(
        String orderNo,
        String title,
        String content,
        String callerName,
        String callerPhone,
        String address,
        NodeCode grid,
        Category category,
        RiskLevel riskLevel,
        String urgency,
        Instant dispatchedAt,
        LocalDate dueDate,
        UnitCode leadUnit,
        List<UnitCode> assistingUnits) {

    /** Names only the order: the rest holds the caller's personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "HotlineOrder[" + orderNo + "]";
    }
}
