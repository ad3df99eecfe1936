package org.fengqiao.query.boards;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpMethod;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.NoteAdded;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.supervision.SupervisionFeedbackGiven;
import org.fengqiao.cases.supervision.SupervisionFeedbackOverdue;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DeadlineMet;
import org.fengqiao.cases.timelimits.DeadlineMissed;
import org.fengqiao.cases.timelimits.DeadlineReminded;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
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
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * Test helper: the event stream of one case, built step by step as the aggregates would emit it, as domain event
 * messages with their sequence numbers.
 */
final class CaseStream {

    static final JurisdictionTree TREE = readTree();
    private static final Actor ACTOR = new Actor("test");

    private final CaseId caseId = CaseId.generate();
    private final String type;
    private final List<CaseEvent> events = new ArrayList<>();

    private CaseStream(String type) {
        this.type = type;
    }

    static CaseStream petition(String grid, String category, Instant receivedAt) {
        CaseStream stream = new CaseStream("Petition");
        stream.events.add(new PetitionReceived(stream.caseId, CaseNumber.of("SH", 2026, 1), Channel.VISIT,
                new Category(category), "subject", "content", path(grid),
                List.of(new Petitioner("王芳", null)), receivedAt, ACTOR));
        return stream;
    }

    /** A group petition: {@code representatives} petitioners for {@code headcount} people. */
    static CaseStream groupPetition(String grid, String category, Instant receivedAt, int representatives,
            int headcount) {
        CaseStream stream = new CaseStream("Petition");
        List<Petitioner> petitioners = new ArrayList<>();
        for (int n = 1; n <= representatives; n++) {
            petitioners.add(new Petitioner("代表" + n, null));
        }
        stream.events.add(new PetitionReceived(stream.caseId, CaseNumber.of("SH", 2026, 1), Channel.VISIT,
                new Category(category), "subject", "content", path(grid), petitioners, receivedAt, ACTOR, null, null,
                headcount, List.of()));
        return stream;
    }

    static CaseStream dispute(String grid, String category, Instant receivedAt) {
        CaseStream stream = new CaseStream("Dispute");
        stream.events.add(new DisputeReceived(stream.caseId, CaseNumber.of("SH", 2026, 1), DisputeSource.APPLICATION,
                new Category(category), "subject", "content", path(grid),
                List.of(new Party("王芳", null, PartyRole.APPLICANT), new Party("李四", null, PartyRole.RESPONDENT)),
                MediationVisibility.NON_PUBLIC, receivedAt, ACTOR));
        return stream;
    }

    CaseStream accepted(Instant at) {
        return add(new PetitionAccepted(caseId, at, ACTOR));
    }

    CaseStream assigned(Level level, Instant at) {
        return add(new CaseAssigned(caseId, new UnitCode("SH-TASKFORCE"), level, "officer", null, at, ACTOR));
    }

    CaseStream meeting(MeetingType type, Instant at) {
        return add(new MeetingHeld(caseId, type, List.of("a", "b"), "minutes", at, ACTOR));
    }

    CaseStream agreed(Instant at) {
        return add(type.equals("Petition")
                ? new HandlingPlanAgreed(caseId, "terms", null, List.of("a"), at, ACTOR)
                : new MediationAgreementReached(caseId, "terms", null, null, "m", List.of("a", "m"), at, ACTOR));
    }

    CaseStream replied(Instant at) {
        return add(new ReplyServed(caseId, ReplyOpinion.EXPLAIN, "text", at, ACTOR));
    }

    CaseStream escalated(Level from, Level to, Instant at) {
        return add(new CaseEscalated(caseId, from, to, "reason", at, ACTOR));
    }

    CaseStream risk(RiskLevel from, RiskLevel to, Instant at) {
        return add(new RiskLevelChanged(caseId, from, to, "reason", at, ACTOR));
    }

    CaseStream deadline(String id, TimeLimit limit, Instant dueAt, Instant at) {
        return add(new DeadlineSet(caseId, id, limit, dueAt, dueAt.minusSeconds(3 * 86_400), null, at, ACTOR));
    }

    CaseStream reminded(String id, TimeLimit limit, Instant dueAt) {
        return add(new DeadlineReminded(caseId, id, limit, dueAt, dueAt.minusSeconds(3 * 86_400), Actor.SYSTEM));
    }

    CaseStream met(String id, TimeLimit limit, Instant dueAt, Instant at) {
        return add(new DeadlineMet(caseId, id, limit, dueAt, at, ACTOR));
    }

    CaseStream missed(String id, TimeLimit limit, Instant dueAt) {
        return add(new DeadlineMissed(caseId, id, limit, dueAt, dueAt, Actor.SYSTEM));
    }

    /** The escalation a missed limit caused before misses were chased by supervision: the system's, after the miss. */
    CaseStream escalatedByMiss(Level from, Level to, Instant at) {
        return add(new CaseEscalated(caseId, from, to, "time limit HANDLING missed", at, Actor.SYSTEM));
    }

    CaseStream reassigned(Level level, Instant at) {
        return add(new CaseReassigned(caseId, new UnitCode("SH-TASKFORCE"), new UnitCode("SH-GY-MEDIATION"), level,
                "officer", null, at, ACTOR));
    }

    CaseStream urged(String deadlineId, Instant at) {
        return add(new UrgingIssued(caseId, "URGING-1", deadlineId, TimeLimit.HANDLING, null, null,
                at.plusSeconds(2 * 86_400), at, Actor.SYSTEM));
    }

    CaseStream ordered(String orderId, String unit, Instant feedbackDue, Instant at) {
        return add(new SupervisionOrdered(caseId, orderId, null, null, unit == null ? null : new UnitCode(unit),
                Level.SUB_DISTRICT, true, "text", feedbackDue, false, at, ACTOR));
    }

    CaseStream feedbackOverdue(String orderId, Instant feedbackDue) {
        return add(new SupervisionFeedbackOverdue(caseId, orderId, null, feedbackDue, feedbackDue, Actor.SYSTEM));
    }

    CaseStream feedback(String orderId, Instant at) {
        return add(new SupervisionFeedbackGiven(caseId, orderId, null, "text", false, at, ACTOR));
    }

    CaseStream note(Instant at) {
        return add(new NoteAdded(caseId, "note", at, ACTOR));
    }

    CaseStream closed(Outcome outcome, Satisfaction satisfaction, Level level, Instant at) {
        return add(new CaseClosed(caseId, outcome, satisfaction, null, null, level, at, ACTOR));
    }

    CaseStream followedUp(Satisfaction satisfaction, boolean first, Instant at) {
        return add(new FollowUpRecorded(caseId, "王芳", FollowUpMethod.PHONE, satisfaction, null, null, first,
                satisfaction == Satisfaction.DISSATISFIED, at, ACTOR));
    }

    CaseStream reworked(Level level, Instant at) {
        return add(new CaseReopenedForRework(caseId, "reason", level, at, ACTOR));
    }

    String caseId() {
        return caseId.value();
    }

    List<DomainEventMessage<?>> messages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(type, caseId.value(), i, events.get(i)));
        }
        return messages;
    }

    private CaseStream add(CaseEvent event) {
        events.add(event);
        return this;
    }

    private static JurisdictionPath path(String grid) {
        return TREE.pathOfGrid(new NodeCode(grid)).orElseThrow();
    }

    private static JurisdictionTree readTree() {
        try (Reader reader = new InputStreamReader(
                CaseStream.class.getResourceAsStream("/jurisdiction/saihan.txt"), StandardCharsets.UTF_8)) {
            return JurisdictionTree.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
