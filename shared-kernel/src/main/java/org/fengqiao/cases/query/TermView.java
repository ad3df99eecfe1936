package org.fengqiao.cases.query;

import java.time.LocalDate;
import org.fengqiao.cases.aftercare.TermPerformance;
import org.fengqiao.cases.value.UnitCode;

/**
 * One term of a case's agreement as the case view shows it, without its text or a person's name: its number (from 1),
 * the handling unit it binds ({@code null} when it binds a person or company), its due day, how far it was performed
 * as last recorded ({@code null}: nothing recorded yet), whether it is still open (not PERFORMED), and whether its
 * reminder and its urge have come.
 */
public record TermView(
        int number,
        UnitCode unit,
        LocalDate dueBy,
        TermPerformance performance,
        boolean open,
        boolean reminded,
        boolean urged) {
}
