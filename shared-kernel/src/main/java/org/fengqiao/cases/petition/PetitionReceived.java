package org.fengqiao.cases.petition;

import java.time.Instant;
import java.util.List;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * A petition was registered. Carries everything known at intake, its case number and where it lives.
 * {@code occurredAt} is the time it was received. {@code externalRef} is the reference of the system that registered
 * it, if it gave one (absent from events recorded before it existed). {@code relatedCaseId} is the earlier petition
 * the caller linked this one to, if any (absent from events recorded before it existed). {@code headcount}: the
 * number of people a group petition speaks for, its petitioners (then its representatives) included; {@code members}:
 * the names of the people it counts, if given, sealed under the case's first data subject like its content (both
 * absent from events recorded before groups existed: the petitioners alone). {@code type}: what the petition asks for
 * ({@link PetitionType}; absent from older events: not classified); {@code respondents}: whom it is against, names
 * sealed under the case's first data subject (absent from older events: none named).
 */
@PersonalData.SubjectsOwn
public record PetitionReceived(
        CaseId caseId,
        CaseNumber caseNumber,
        Channel channel,
        Category category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content,
        JurisdictionPath jurisdiction,
        @PersonalData List<Petitioner> petitioners,
        Instant occurredAt,
        Actor actor,
        ExternalRef externalRef,
        CaseId relatedCaseId,
        Integer headcount,
        @PersonalData(PersonalData.Kind.NAME) List<String> members,
        PetitionType type,
        @PersonalData(PersonalData.Kind.NAME) List<String> respondents) implements PetitionEvent {

    public PetitionReceived {
        petitioners = Values.listOf(petitioners);
        members = Values.names(members);
        respondents = Values.names(respondents);
    }

    /** Without a type or respondents. */
    public PetitionReceived(CaseId caseId, CaseNumber caseNumber, Channel channel, Category category, String subject,
            String content, JurisdictionPath jurisdiction, List<Petitioner> petitioners, Instant occurredAt,
            Actor actor, ExternalRef externalRef, CaseId relatedCaseId, Integer headcount, List<String> members) {
        this(caseId, caseNumber, channel, category, subject, content, jurisdiction, petitioners, occurredAt, actor,
                externalRef, relatedCaseId, headcount, members, null, null);
    }

    /** Not a group speaking for more people than it names. */
    public PetitionReceived(CaseId caseId, CaseNumber caseNumber, Channel channel, Category category, String subject,
            String content, JurisdictionPath jurisdiction, List<Petitioner> petitioners, Instant occurredAt,
            Actor actor, ExternalRef externalRef, CaseId relatedCaseId) {
        this(caseId, caseNumber, channel, category, subject, content, jurisdiction, petitioners, occurredAt, actor,
                externalRef, relatedCaseId, null, null);
    }

    /** Whether this is a group petition ({@link GroupPetitions#isGroup}); events without a headcount count petitioners. */
    public boolean groupCase() {
        return GroupPetitions.isGroup(petitioners.size(), headcount);
    }

    /** How many people the petition speaks for ({@link GroupPetitions#people}). */
    public int people() {
        return GroupPetitions.people(petitioners.size(), headcount);
    }

    /** Without another system's reference. */
    public PetitionReceived(CaseId caseId, CaseNumber caseNumber, Channel channel, Category category, String subject,
            String content, JurisdictionPath jurisdiction, List<Petitioner> petitioners, Instant occurredAt,
            Actor actor) {
        this(caseId, caseNumber, channel, category, subject, content, jurisdiction, petitioners, occurredAt, actor,
                null, null);
    }

    /** Not linked to an earlier petition. */
    public PetitionReceived(CaseId caseId, CaseNumber caseNumber, Channel channel, Category category, String subject,
            String content, JurisdictionPath jurisdiction, List<Petitioner> petitioners, Instant occurredAt,
            Actor actor, ExternalRef externalRef) {
        this(caseId, caseNumber, channel, category, subject, content, jurisdiction, petitioners, occurredAt, actor,
                externalRef, null);
    }

    /** Names only the case: this message carries personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "PetitionReceived[caseId=" + caseId + "]";
    }
}
