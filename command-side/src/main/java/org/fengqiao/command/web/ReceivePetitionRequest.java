package org.fengqiao.command.web;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * Body of {@code POST /api/petitions}; {@code receivedAt} defaults to now, {@code riskLevel} to LOW (any other level
 * needs {@code riskReason}). {@code externalRef} (optional): the calling system's reference; registering the same
 * reference again answers the petition registered first. {@code relatedCaseId} (optional): the id of an earlier
 * petition of the same petitioner on the same matter; if its re-review has been answered, the new petition is flagged
 * as a repeat and cannot be accepted ({@code REVIEW_EXHAUSTED}); an id that names no petition is
 * {@code UNKNOWN_RELATED_CASE} (400). {@code confidentiality} (optional, {@code {reason, roles, accounts}}): the case
 * is registered as confidential, visible only to callers holding one of {@code roles} or named in {@code accounts}.
 * {@code policeInformed}: required (true or false) with a HIGH or CRITICAL {@code riskLevel}
 * ({@code POLICE_INFORMED_REQUIRED} otherwise), as on a later change of the risk. A group petition (联名 / 集体访):
 * {@code headcount} (optional), the people the petitioners speak for, themselves included (at least as many as the
 * petitioners, {@code HEADCOUNT_INVALID}); petitioners speaking for more people than they are are the group's
 * representatives, at most five ({@code TOO_MANY_REPRESENTATIVES}); {@code members} (optional), the names of the people
 * counted, no more than the headcount ({@code MEMBERS_EXCEED_HEADCOUNT}). Five people or more make a group case, at
 * least HIGH risk. {@code type} (optional): SUGGESTION, REPORT_OR_COMPLAINT or APPEAL_OR_REQUEST; a REPORT_OR_COMPLAINT
 * is confidential to supervisors and auditors unless {@code confidentiality} says otherwise, and referred to the
 * discipline inspection body unless its closure names another route. {@code respondents} (optional): whom the petition
 * is against.
 */
public record ReceivePetitionRequest(
        Channel channel,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content,
        NodeCode gridCode,
        @PersonalData List<Petitioner> petitioners,
        Instant receivedAt,
        RiskLevel riskLevel,
        @PersonalData(sensitive = true) String riskReason,
        ExternalRef externalRef,
        String relatedCaseId,
        Confidentiality confidentiality,
        Boolean policeInformed,
        @NotPersonalData("a supervisor's reason for dating what happened further back: names no one") String occurredAtReason,
        Integer headcount,
        @PersonalData(PersonalData.Kind.NAME) List<String> members,
        PetitionType type,
        @PersonalData(PersonalData.Kind.NAME) List<String> respondents) {

    /** Not a group speaking for more people than it names. */
    public ReceivePetitionRequest(Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef, String relatedCaseId, Confidentiality confidentiality,
            Boolean policeInformed, String occurredAtReason) {
        this(channel, category, subject, content, gridCode, petitioners, receivedAt, riskLevel, riskReason,
                externalRef, relatedCaseId, confidentiality, policeInformed, occurredAtReason, null, null, null, null);
    }

    /** Not linked to an earlier petition. */
    public ReceivePetitionRequest(Channel channel, Category category, String subject, String content,
            NodeCode gridCode, List<Petitioner> petitioners, Instant receivedAt, RiskLevel riskLevel,
            String riskReason, ExternalRef externalRef) {
        this(channel, category, subject, content, gridCode, petitioners, receivedAt, riskLevel, riskReason,
                externalRef, null, null, null, null);
    }

    /** Leaves out the personal data: Spring logs request bodies by their {@code toString()} at debug level. */
    @Override
    public String toString() {
        return "ReceivePetitionRequest[channel=" + channel + ", category=" + category + ", gridCode=" + gridCode
                + ", externalRef=" + externalRef + ", relatedCaseId=" + relatedCaseId + ", confidential="
                + (confidentiality != null) + ", headcount=" + headcount + ", type=" + type + "]";
    }
}
