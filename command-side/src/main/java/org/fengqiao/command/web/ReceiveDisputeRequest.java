package org.fengqiao.command.web;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/disputes}; {@code mediation} defaults to non-public, {@code receivedAt} to now,
 * {@code riskLevel} to LOW (any other level needs {@code riskReason}). {@code externalRef} (optional): the calling
 * system's reference; registering the same reference again answers the dispute registered first.
 * {@code confidentiality} (optional, {@code {reason, roles, accounts}}): the case is registered as confidential,
 * visible only to callers holding one of {@code roles} or named in {@code accounts}. {@code policeInformed}: required
 * (true or false) with a HIGH or CRITICAL {@code riskLevel} ({@code POLICE_INFORMED_REQUIRED} otherwise).
 */
public record ReceiveDisputeRequest(
        DisputeSource source,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content,
        NodeCode gridCode,
        @PersonalData List<Party> parties,
        MediationVisibility mediation,
        Instant receivedAt,
        RiskLevel riskLevel,
        @PersonalData(sensitive = true) String riskReason,
        ExternalRef externalRef,
        Confidentiality confidentiality,
        Boolean policeInformed,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason) {

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "ReceiveDisputeRequest[source=" + source + ", category=" + category + ", gridCode=" + gridCode
                + ", externalRef=" + externalRef + ", confidential=" + (confidentiality != null) + "]";
    }
}
