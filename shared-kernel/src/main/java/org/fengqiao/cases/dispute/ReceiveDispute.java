package org.fengqiao.cases.dispute;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Registers a dispute: its source, category, subject, content, grid, parties with their roles, and whether mediation is
 * public (default non-public). The case number is allocated by the command side. {@code riskLevel} (default LOW) and
 * {@code riskReason} set the risk at intake. A system client may give its own reference ({@code externalRef},
 * optional): a dispute registered again under the same reference is the one already registered, its id being
 * {@link ExternalRef#caseId} of it. {@code confidentiality} (optional) marks the case confidential in the same command,
 * right after its intake event, so that it is never visible unprotected. {@code policeInformed}: whether the police
 * were told of the risk, required (true or false) when {@code riskLevel} is HIGH or CRITICAL, as on a later change.
 */
@PersonalData.SubjectsOwn
public record ReceiveDispute(
        @TargetAggregateIdentifier CaseId caseId,
        DisputeSource source,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content,
        NodeCode gridCode,
        @PersonalData List<Party> parties,
        MediationVisibility mediation,
        Instant receivedAt,
        Actor actor,
        RiskLevel riskLevel,
        @PersonalData(sensitive = true) String riskReason,
        ExternalRef externalRef,
        Confidentiality confidentiality,
        Boolean policeInformed) implements DisputeCommand {

    /** At risk level LOW, without another system's reference. */
    public ReceiveDispute(CaseId caseId, DisputeSource source, Category category, String subject, String content,
            NodeCode gridCode, List<Party> parties, MediationVisibility mediation, Instant receivedAt, Actor actor) {
        this(caseId, source, category, subject, content, gridCode, parties, mediation, receivedAt, actor, null, null,
                null);
    }

    /** With the risk at intake, without another system's reference. */
    public ReceiveDispute(CaseId caseId, DisputeSource source, Category category, String subject, String content,
            NodeCode gridCode, List<Party> parties, MediationVisibility mediation, Instant receivedAt, Actor actor,
            RiskLevel riskLevel, String riskReason) {
        this(caseId, source, category, subject, content, gridCode, parties, mediation, receivedAt, actor, riskLevel,
                riskReason, null);
    }

    /** At risk level LOW, with another system's reference. */
    public ReceiveDispute(CaseId caseId, DisputeSource source, Category category, String subject, String content,
            NodeCode gridCode, List<Party> parties, MediationVisibility mediation, Instant receivedAt, Actor actor,
            ExternalRef externalRef) {
        this(caseId, source, category, subject, content, gridCode, parties, mediation, receivedAt, actor, null, null,
                externalRef);
    }

    /** Not confidential. */
    public ReceiveDispute(CaseId caseId, DisputeSource source, Category category, String subject, String content,
            NodeCode gridCode, List<Party> parties, MediationVisibility mediation, Instant receivedAt, Actor actor,
            RiskLevel riskLevel, String riskReason, ExternalRef externalRef) {
        this(caseId, source, category, subject, content, gridCode, parties, mediation, receivedAt, actor, riskLevel,
                riskReason, externalRef, null);
    }

    /** Without saying whether the police were informed (enough at risk level LOW or MEDIUM). */
    public ReceiveDispute(CaseId caseId, DisputeSource source, Category category, String subject, String content,
            NodeCode gridCode, List<Party> parties, MediationVisibility mediation, Instant receivedAt, Actor actor,
            RiskLevel riskLevel, String riskReason, ExternalRef externalRef, Confidentiality confidentiality) {
        this(caseId, source, category, subject, content, gridCode, parties, mediation, receivedAt, actor, riskLevel,
                riskReason, externalRef, confidentiality, null);
    }

    public ReceiveDispute {
        subject = Values.clean(subject);
        content = Values.clean(content);
        parties = Values.listOf(parties);
        mediation = mediation == null ? MediationVisibility.NON_PUBLIC : mediation;
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
        riskReason = Values.clean(riskReason);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReceiveDispute[caseId=" + caseId + "]";
    }

    /** The business time of this command is {@code receivedAt}. */
    @Override
    public Instant occurredAt() {
        return receivedAt;
    }

    @Override
    public String occurredAtField() {
        return "receivedAt";
    }
}
