package org.fengqiao.cases.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fengqiao.cases.dispute.JudicialConfirmationApplied;
import org.fengqiao.cases.dispute.JudicialConfirmationDecided;
import org.fengqiao.cases.dispute.JudicialDecision;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.personaldata.NotPersonalData;

/**
 * Judicial confirmation of a dispute's mediation agreement (人民调解法 Art. 33), as the case view shows it: when the
 * parties' window closes ({@code windowEndsAt}, 24:00 of the 30th day after the agreement took effect), the court they
 * applied to and when ({@code null} until they apply), and the court's decision with its case number and time; a
 * rejection's {@code route} tells where the parties go from here. A new agreement (after a rejection) starts anew.
 */
public record JudicialConfirmationView(
        Instant windowEndsAt,
        @NotPersonalData("the name of a people's court: a public body") String court,
        Instant appliedAt,
        JudicialDecision decision,
        @NotPersonalData("a court's case number (案号): names no one") String courtReference,
        Instant decidedAt,
        @NotPersonalData("a fixed text of the law's routes") String route) {

    /**
     * The view after {@code event}: {@code before} itself for events that do not concern judicial confirmation. Times
     * are kept to the millisecond, like the case view's.
     */
    public static JudicialConfirmationView after(JudicialConfirmationView before, Object event) {
        if (event instanceof DeadlineSet e && e.limit() == TimeLimit.JUDICIAL_CONFIRMATION) {
            return new JudicialConfirmationView(millis(e.dueAt()), null, null, null, null, null, null);
        }
        if (event instanceof JudicialConfirmationApplied e) {
            return new JudicialConfirmationView(millis(e.windowEndsAt()), e.court(), millis(e.occurredAt()), null,
                    null, null, null);
        }
        if (event instanceof JudicialConfirmationDecided e && before != null) {
            return new JudicialConfirmationView(before.windowEndsAt(), before.court(), before.appliedAt(),
                    e.decision(), e.courtReference(), millis(e.occurredAt()), e.route());
        }
        return before;
    }

    private static Instant millis(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }
}
