package org.fengqiao.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;

/** Event histories of whole cases for query-side tests, with the personal data real ones carry. */
public final class CaseStories {

    public static final Actor ACTOR = new Actor("li.mediator");
    public static final String APPLICANT = "王芳";
    public static final String APPLICANT_PHONE = "13800001111";
    public static final String CONTENT = "Owner of 6-2-301 reports a leak from 6-2-401 since May";
    public static final UnitCode FULI_MEDIATION = new UnitCode("SH-FL-MEDIATION");
    public static final UnitCode TASKFORCE = new UnitCode("SH-TASKFORCE");

    private CaseStories() {
    }

    public static JurisdictionPath grid(String community, String grid) {
        return new JurisdictionPath(new NodeCode("SH"), new NodeCode(community), new NodeCode(grid));
    }

    public static DisputeReceived disputeReceived(CaseId id, int number, JurisdictionPath path, Instant receivedAt) {
        return new DisputeReceived(id, CaseNumber.of("SH", 2026, number), DisputeSource.APPLICATION,
                Category.PROPERTY, "Water leaking from the flat above", CONTENT, path,
                List.of(new Party(APPLICANT, APPLICANT_PHONE, PartyRole.APPLICANT),
                        new Party("富力物业", null, PartyRole.RESPONDENT)),
                MediationVisibility.NON_PUBLIC, receivedAt, ACTOR);
    }

    /** Received, assigned, a mediation session, an agreement, closed: 5 events. */
    public static List<CaseEvent> resolvedDispute(CaseId id, int number, Instant receivedAt) {
        return List.of(
                disputeReceived(id, number, grid("SH-FL", "SH-FL-G03"), receivedAt),
                new CaseAssigned(id, FULI_MEDIATION, Level.COMMUNITY, "li.mediator", null,
                        receivedAt.plusSeconds(3600), ACTOR),
                new MeetingHeld(id, MeetingType.MEDIATION_SESSION, List.of(APPLICANT, "富力物业", "李调解"),
                        "Both sides agree to inspect the pipe", receivedAt.plusSeconds(7200), ACTOR),
                new MediationAgreementReached(id, "The property company repairs the pipe", null,
                        LocalDate.parse("2026-07-31"), "李调解", List.of(APPLICANT, "富力物业", "李调解"),
                        receivedAt.plusSeconds(9000), ACTOR),
                new CaseClosed(id, Outcome.RESOLVED, Satisfaction.SATISFIED, null, null, Level.COMMUNITY,
                        receivedAt.plusSeconds(10000), ACTOR));
    }

    /** Received, accepted, assigned to the task force, escalated, made high risk, a note: 6 events, still open. */
    public static List<CaseEvent> escalatedPetition(CaseId id, int number, Instant receivedAt) {
        return List.of(
                new PetitionReceived(id, CaseNumber.of("SH", 2026, number), Channel.HOTLINE, Category.CONSTRUCTION,
                        "Courtyards demolished", "42 ground-floor owners", grid("SH-GY", "SH-GY-G01"),
                        List.of(new Petitioner("张三", "13812341234")), receivedAt, ACTOR),
                new PetitionAccepted(id, receivedAt.plusSeconds(60), ACTOR),
                new CaseAssigned(id, TASKFORCE, Level.SUB_DISTRICT, "wang.leader", null, receivedAt.plusSeconds(120),
                        ACTOR),
                new CaseEscalated(id, Level.SUB_DISTRICT, Level.DISTRICT, "needs the district bureau",
                        receivedAt.plusSeconds(180), ACTOR),
                new RiskLevelChanged(id, RiskLevel.LOW, RiskLevel.HIGH, "threat to jump", receivedAt.plusSeconds(240),
                        ACTOR),
                new NoteAdded(id, "张三 called again", receivedAt.plusSeconds(300), ACTOR));
    }

    /** The events as the event store holds them: sequence 0, 1, ...; the n-th recorded {@code n} seconds after start. */
    public static List<DomainEventMessage<?>> recorded(List<CaseEvent> events, Instant firstRecordedAt) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        String type = events.get(0) instanceof PetitionReceived ? "Petition" : "Dispute";
        for (int i = 0; i < events.size(); i++) {
            CaseEvent event = events.get(i);
            messages.add(new GenericDomainEventMessage<>(type, event.caseId().value(), i, event, MetaData.emptyInstance(), UUID.randomUUID().toString(),
                    firstRecordedAt.plusSeconds(i)));
        }
        return messages;
    }
}
