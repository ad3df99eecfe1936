package org.fengqiao.command.cases.lifecycle;

import java.time.Instant;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.JurisdictionPath;

/**
 * What the intake of a petition and of a dispute share, once each kind has checked its own fields: where and when the
 * case was received and by whom, its risk (with whether the police were informed of a high one), who may see it and
 * whether the caller may mark it so or only ask for it ({@link CallerScope#mayMarkConfidential}), and the time limit
 * that starts with it. {@code group}: a group petition ({@code GroupPetitions}), at least HIGH risk.
 */
public record Intake(
        CaseId caseId,
        JurisdictionPath jurisdiction,
        Instant receivedAt,
        Actor actor,
        RiskLevel riskLevel,
        String riskReason,
        Boolean policeInformed,
        Confidentiality confidentiality,
        boolean mayMarkConfidential,
        TimeLimit firstLimit,
        boolean group) {

    /** Not a group petition. */
    public Intake(CaseId caseId, JurisdictionPath jurisdiction, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason, Boolean policeInformed, Confidentiality confidentiality, boolean mayMarkConfidential,
            TimeLimit firstLimit) {
        this(caseId, jurisdiction, receivedAt, actor, riskLevel, riskReason, policeInformed, confidentiality,
                mayMarkConfidential, firstLimit, false);
    }
}
