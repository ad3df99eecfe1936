package org.fengqiao.cases.petition;

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
 * Registers a petition (登记受理): its channel, category, subject, content, grid and petitioners. The case number is
 * allocated by the command side when the petition is recorded. {@code riskLevel} (default LOW) and {@code riskReason}
 * set the risk at intake. Issued by intake staff or a system client (12345 hotline), which may give its own reference
 * ({@code externalRef}, optional): a petition registered again under the same reference is the one already
 * registered, its id being {@link ExternalRef#caseId} of it. {@code relatedCaseId} (optional) is the earlier petition
 * the caller links this one to, as the same petitioner's on the same matter: if that one's re-review has been
 * answered, the new petition is registered, flagged as a repeat and cannot be accepted. {@code confidentiality}
 * (optional) marks the case confidential in the same command, right after its intake event, so that it is never
 * visible unprotected. {@code policeInformed}: whether the police were told of the risk, required (true or false)
 * when {@code riskLevel} is HIGH or CRITICAL, as on a later change of the risk. A group petition (联名 / 集体访,
 * {@link GroupPetitions}): {@code headcount} (optional), the number of people the petitioners speak for, themselves
 * included; speaking for more than they are, the petitioners are the group's representatives, at most five;
 * {@code members} (optional), the names of the people the group counts, no more than the headcount. {@code type}
 * (optional, {@link PetitionType}): a REPORT_OR_COMPLAINT is confidential to supervisors and auditors unless
 * {@code confidentiality} says otherwise; {@code respondents} (optional): whom the petition is against (a developer,
 * a bureau, an official), names sealed like every personal value.
 */
@PersonalData.SubjectsOwn
public record ReceivePetition(
        @TargetAggregateIdentifier CaseId caseId,
        Channel channel,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content,
        NodeCode gridCode,
        @PersonalData List<Petitioner> petitioners,
        Instant receivedAt,
        Actor actor,
        RiskLevel riskLevel,
        @PersonalData(sensitive = true) String riskReason,
        ExternalRef externalRef,
        CaseId relatedCaseId,
        Confidentiality confidentiality,
        Boolean policeInformed,
        Integer headcount,
        @PersonalData(PersonalData.Kind.NAME) List<String> members,
        PetitionType type,
        @PersonalData(PersonalData.Kind.NAME) List<String> respondents) implements PetitionCommand {

    /** Without a type or respondents. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef, CaseId relatedCaseId, Confidentiality confidentiality,
            Boolean policeInformed, Integer headcount, List<String> members) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, riskLevel,
                riskReason, externalRef, relatedCaseId, confidentiality, policeInformed, headcount, members, null,
                null);
    }

    /** At risk level LOW, without another system's reference. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, null, null, null,
                null);
    }

    /** With the risk at intake, without another system's reference. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, riskLevel,
                riskReason, null, null);
    }

    /** At risk level LOW, with another system's reference. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, ExternalRef externalRef) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, null, null,
                externalRef, null);
    }

    /** With the risk at intake and another system's reference, not linked to an earlier petition. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, riskLevel,
                riskReason, externalRef, null);
    }

    /** Not confidential. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef, CaseId relatedCaseId) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, riskLevel,
                riskReason, externalRef, relatedCaseId, null);
    }

    /** Without saying whether the police were informed (enough at risk level LOW or MEDIUM). */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef, CaseId relatedCaseId, Confidentiality confidentiality) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, riskLevel,
                riskReason, externalRef, relatedCaseId, confidentiality, null);
    }

    /** Not a group speaking for more people than it names. */
    public ReceivePetition(CaseId caseId, Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, Actor actor, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef, CaseId relatedCaseId, Confidentiality confidentiality,
            Boolean policeInformed) {
        this(caseId, channel, category, subject, content, gridCode, petitioners, receivedAt, actor, riskLevel,
                riskReason, externalRef, relatedCaseId, confidentiality, policeInformed, null, null);
    }

    public ReceivePetition {
        subject = Values.clean(subject);
        members = Values.names(members);
        respondents = Values.names(respondents);
        content = Values.clean(content);
        petitioners = Values.listOf(petitioners);
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        actor = actor == null ? Actor.ANONYMOUS : actor;
        riskReason = Values.clean(riskReason);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "ReceivePetition[caseId=" + caseId + "]";
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
