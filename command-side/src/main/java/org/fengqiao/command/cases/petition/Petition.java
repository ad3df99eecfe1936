package org.fengqiao.command.cases.petition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.lifecycle.CaseClosed;
import org.fengqiao.cases.lifecycle.CaseReassigned;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.GroupPetitions;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.petition.RepeatPetitionFlagged;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.RequestReview;
import org.fengqiao.cases.petition.ReviewRequested;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.petition.ServeReply;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.cases.lifecycle.CallerScope;
import org.fengqiao.command.cases.lifecycle.Case;
import org.fengqiao.command.cases.lifecycle.CaseHistories;
import org.fengqiao.command.cases.lifecycle.HighRiskPolicy;
import org.fengqiao.command.cases.lifecycle.Intake;
import org.fengqiao.command.cases.lifecycle.Require;
import org.fengqiao.command.numbering.CaseNumbers;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * A petition (信访事项): registered, accepted or not accepted exactly once, then assigned, handled by meetings, an
 * agreed handling plan or a written reply, and closed. Its limits: 15 days to decide acceptance, 60 days to handle
 * (one extension), and after a reply the review and re-review, each requested within 30 days of the reply and
 * answered within 30 days by a body one level above the one that replied (never the same body); after re-review the
 * matter is not reviewed again, and a new petition the caller links to it is registered but flagged as a repeat and
 * not accepted.
 *
 * <p>Longer than the house's ~350 lines because each of a petition's own commands (acceptance, reply, review, group
 * intake) needs its handler on this subclass, where Axon finds it; their decisions stay as short as the rules.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger", snapshotFilter = "caseSnapshotFilter",
        cache = "caseCache")
public class Petition extends Case {

    /** The largest group a headcount may state. */
    static final int MAX_HEADCOUNT = 100_000;

    private Boolean accepted;
    private boolean replied;
    private Instant lastReplyAt;
    private ReviewStage reviewStage;
    private boolean repeat;
    /** A 12345 order: the hotline tells its caller of the acceptance, so the decision meets the acceptance limit. */
    private boolean hotline;
    /** The level of the unit the case is assigned to (the case's level also moves by escalation and review). */
    private Level unitLevel;
    /** The unit that served the last reply and its level: a review goes above them. */
    private UnitCode repliedBy;
    private Level repliedLevel;
    /** The level the running review or re-review is answered at. */
    private Level reviewLevel;
    /** What the petition asks for (issue 16 part 6); null for one registered without a type. */
    private PetitionType type;

    /**
     * Registers the petition. Linked to an earlier one ({@code relatedCaseId}), it reads that case's events (read only,
     * through {@link CaseHistories}: the rule needs the earlier case's whole review history, which no state of this
     * case holds, and reading it here keeps the rule and its fixture tests in the aggregate); if that case's
     * re-review has been answered, the petition is flagged as a repeat right after its intake.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CaseVersion handle(ReceivePetition command, MetaData metaData, JurisdictionTree jurisdictions,
            CaseNumbers numbers, Clock clock, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            CaseHistories histories, HighRiskPolicy highRisk) {
        if (caseId != null) {
            // registered before under the same external reference: this is that case, not a copy
            return currentVersion();
        }
        Require.present(command.channel(), CaseRule.CHANNEL_REQUIRED);
        Require.present(command.category(), CaseRule.CATEGORY_REQUIRED);
        Require.present(command.subject(), CaseRule.SUBJECT_REQUIRED);
        Require.present(command.content(), CaseRule.CONTENT_REQUIRED);
        Require.present(command.gridCode(), CaseRule.GRID_REQUIRED);
        JurisdictionPath path = jurisdictions.pathOfGrid(command.gridCode())
                .orElseThrow(() -> new CaseRuleViolation(CaseRule.UNKNOWN_GRID));
        if (command.petitioners().isEmpty() || command.petitioners().stream().anyMatch(p -> p.name() == null)) {
            throw new CaseRuleViolation(CaseRule.PETITIONER_REQUIRED);
        }
        checkGroup(command);
        // a report or complaint is confidential by the rule, not by the caller's request: marked whoever registers it
        Confidentiality byType = command.confidentiality() == null && command.type() != null
                ? command.type().defaultConfidentiality() : null;
        Intake intake = new Intake(command.caseId(), path, command.receivedAt(), command.actor(),
                command.riskLevel(), command.riskReason(), command.policeInformed(),
                byType != null ? byType : command.confidentiality(),
                byType != null || CallerScope.mayMarkConfidential(metaData), TimeLimit.ACCEPTANCE,
                GroupPetitions.isGroup(command.petitioners().size(), command.headcount()));
        return receive(intake, number -> new PetitionReceived(command.caseId(), number, command.channel(),
                command.category(), command.subject(), command.content(), path, command.petitioners(),
                command.receivedAt(), command.actor(), command.externalRef(), command.relatedCaseId(),
                command.headcount(), command.members(), command.type(), command.respondents()),
                () -> repeatFlag(command, metaData, histories), numbers, clock, deadlineManager, policy, highRisk,
                jurisdictions);
    }

    /**
     * A group's shape (信访条例 Art. 18): the headcount counts the petitioners too; petitioners who speak for more
     * people than they are are the group's representatives, at most five; the members named are no more than the
     * headcount (and given only with one).
     */
    private static void checkGroup(ReceivePetition command) {
        Integer headcount = command.headcount();
        int petitioners = command.petitioners().size();
        if (headcount != null && (headcount < petitioners || headcount > MAX_HEADCOUNT)) {
            throw new CaseRuleViolation(CaseRule.HEADCOUNT_INVALID);
        }
        if (GroupPetitions.representsOthers(petitioners, headcount)
                && petitioners > GroupPetitions.MAX_REPRESENTATIVES) {
            throw new CaseRuleViolation(CaseRule.TOO_MANY_REPRESENTATIVES);
        }
        if (!command.members().isEmpty() && (headcount == null || command.members().size() > headcount)) {
            throw new CaseRuleViolation(CaseRule.MEMBERS_EXCEED_HEADCOUNT);
        }
    }

    /**
     * The flag of a petition linked to an earlier one whose re-review has been answered; none otherwise. An earlier
     * case the caller may not see (outside its node, or confidential and not meant for it) is answered as an unknown
     * one, so that the link reveals nothing of it.
     */
    private static List<CaseEvent> repeatFlag(ReceivePetition command, MetaData metaData, CaseHistories histories) {
        if (command.relatedCaseId() == null) {
            return List.of();
        }
        RelatedPetition related = RelatedPetition.of(command.relatedCaseId(),
                histories.eventsOf(command.relatedCaseId()), metaData);
        return related.reReviewAnswered()
                ? List.of(new RepeatPetitionFlagged(command.caseId(), related.caseId(), related.caseNumber(),
                        CaseRule.REVIEW_EXHAUSTED, command.receivedAt(), command.actor()))
                : List.of();
    }

    /** Accepted, the petition starts its handling limit and goes to a dispatch's lead unit that signed before. */
    @CommandHandler
    CaseVersion handle(DecideAcceptance command, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            JurisdictionTree jurisdictions) {
        if (accepted != null) {
            throw new CaseRuleViolation(CaseRule.ACCEPTANCE_ALREADY_DECIDED);
        }
        if (status == CaseStatus.CLOSED) {
            throw new CaseRuleViolation(CaseRule.CASE_CLOSED);
        }
        if (command.accepted() && repeat) {
            throw new CaseRuleViolation(CaseRule.REVIEW_EXHAUSTED);
        }
        if (command.accepted()) {
            // the acceptance limit runs on until the decision is served (ServeNotice), but for a 12345 order
            apply(new PetitionAccepted(caseId, command.occurredAt(), command.actor()));
            if (hotline) {
                endLimit(TimeLimit.ACCEPTANCE, command.occurredAt(), command.actor());
            }
            startLimit(TimeLimit.HANDLING, command.occurredAt(), command.actor(), policy, deadlineManager);
            return assignSignedLead(command.occurredAt(), command.actor(), jurisdictions);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        apply(new PetitionNotAccepted(caseId, command.reason(), command.occurredAt(), command.actor()));
        apply(new CaseClosed(caseId, Outcome.NOT_ACCEPTED, null, null, command.reason(), level, command.occurredAt(),
                command.actor()));
        return currentVersion();
    }

    /** The plan's terms bind any person or company by name (the petitioner, a respondent) or a handling unit. */
    @CommandHandler
    CaseVersion handle(AgreeHandlingPlan command, JurisdictionTree jurisdictions, DeadlineManager deadlineManager,
            TimeLimitPolicy policy) {
        requireAssigned();
        requireNotAgreed();
        Require.present(command.terms(), CaseRule.TERMS_REQUIRED);
        LocalDate performBy = checkAgreement(command.obligations(), command.performBy(), command.sealedBy(),
                command.signatories().stream().map(String::strip).toList(), command.occurredAt(), name -> true,
                CaseRule.TERM_OBLIGOR_REQUIRED, jurisdictions, policy);
        agree(new HandlingPlanAgreed(caseId, command.terms(), performBy, command.signatories(), command.occurredAt(),
                command.actor(), command.obligations(), command.sealedBy()), command.obligations(), deadlineManager,
                policy);
        endLimit(TimeLimit.HANDLING, command.occurredAt(), command.actor());
        return currentVersion();
    }

    @CommandHandler
    CaseVersion handle(ServeReply command, Clock clock) {
        requireAssigned();
        if (replied) {
            throw new CaseRuleViolation(CaseRule.REPLY_ALREADY_SERVED);
        }
        checkReviewBody();
        Require.present(command.opinion(), CaseRule.OPINION_REQUIRED);
        Require.present(command.text(), CaseRule.REPLY_TEXT_REQUIRED);
        Require.pastOrPresent(command.servedAt(), clock, CaseRule.SERVED_AT_REQUIRED);
        // the limit the reply answers runs on until the reply is served on the petitioner (ServeNotice)
        apply(new ReplyServed(caseId, command.opinion(), command.text(), command.servedAt(), command.actor()));
        return currentVersion();
    }

    /**
     * A running review or re-review is answered by another body than the one whose reply it reviews
     * ({@code REVIEW_BY_SAME_BODY}), at the level the request went to or above ({@code REVIEW_LEVEL_TOO_LOW}): the case
     * is reassigned up first.
     */
    private void checkReviewBody() {
        if (reviewStage == null) {
            return;
        }
        if (unit.equals(repliedBy)) {
            throw new CaseRuleViolation(CaseRule.REVIEW_BY_SAME_BODY);
        }
        if (unitLevel == null || reviewLevel != null && reviewLevel.isAbove(unitLevel)) {
            throw new CaseRuleViolation(CaseRule.REVIEW_LEVEL_TOO_LOW);
        }
    }

    /**
     * Review, then re-review, each requested by 24:00 of the policy's last day after the last reply (counted as the
     * law counts, from the request's business time), reopening the petition one level above the body that gave that
     * reply, with its own limit; never a third time. At the top of the tree (DISTRICT) the level stays and another body
     * of it answers.
     */
    @CommandHandler
    CaseVersion handle(RequestReview command, Clock clock, DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        if (reviewStage == ReviewStage.RE_REVIEW) {
            throw new CaseRuleViolation(CaseRule.REVIEW_EXHAUSTED);
        }
        if (lastReplyAt == null || !replied) {
            throw new CaseRuleViolation(CaseRule.REPLY_REQUIRED);
        }
        Instant requestedAt = command.occurredAt() == null ? clock.instant() : command.occurredAt();
        if (!policy.withinReviewWindow(lastReplyAt, requestedAt)) {
            throw new CaseRuleViolation(CaseRule.REVIEW_TOO_LATE);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        ReviewStage stage = reviewStage == null ? ReviewStage.REVIEW : ReviewStage.RE_REVIEW;
        Level fromLevel = repliedLevel == null ? level : repliedLevel;
        Level toLevel = fromLevel.next();
        apply(new ReviewRequested(caseId, stage, fromLevel, toLevel, command.reason(), command.occurredAt(),
                command.actor()));
        TimeLimit limit = stage == ReviewStage.REVIEW ? TimeLimit.REVIEW : TimeLimit.RE_REVIEW;
        return startLimit(limit, command.occurredAt(), command.actor(), policy, deadlineManager);
    }

    @Override
    protected void evolve(CaseEvent event) {
        if (event instanceof PetitionReceived e) {
            received(e.caseId(), e.caseNumber(), e.jurisdiction(), e.petitioners().size());
            hotline = e.channel() == Channel.HOTLINE;
            type = e.type();
        } else if (event instanceof RepeatPetitionFlagged) {
            repeat = true;
        } else if (event instanceof PetitionAccepted) {
            accepted = true;
        } else if (event instanceof PetitionNotAccepted) {
            accepted = false;
        } else if (event instanceof HandlingPlanAgreed) {
            agreed = true;
        } else if (event instanceof ReplyServed e) {
            replied = true;
            lastReplyAt = e.occurredAt();
            repliedBy = unit;
            repliedLevel = unitLevel;
        } else if (event instanceof ReviewRequested e) {
            reviewStage = e.stage();
            level = e.toLevel();
            reviewLevel = e.toLevel();
            replied = false;
        } else if (event instanceof CaseAssigned e) {
            unitLevel = e.level();
        } else if (event instanceof CaseReassigned e) {
            unitLevel = e.level();
        }
    }

    /**
     * Acceptance by its decision served; handling by a plan, a reply served or a review; a review stage by its reply
     * served; the others as for every case.
     */
    @Override
    protected boolean fulfilled(TimeLimit limit) {
        boolean replyServed = replied && noticeServed(NoticeType.REPLY);
        return switch (limit) {
            case ACCEPTANCE -> accepted != null && (hotline || noticeServed(NoticeType.ACCEPTANCE));
            case HANDLING -> agreed || replyServed || reviewStage != null;
            case REVIEW -> replyServed || reviewStage == ReviewStage.RE_REVIEW;
            case RE_REVIEW -> replyServed;
            case CHECK_IN, HOTLINE, RISK_LEADER, JUDICIAL_CONFIRMATION -> super.fulfilled(limit);
        };
    }

    /** The acceptance decision answers its own "already decided" first; a review reopens a closed petition. */
    @Override
    protected boolean actsOnClosedCases(Object command) {
        return command instanceof DecideAcceptance || command instanceof RequestReview
                || super.actsOnClosedCases(command);
    }

    /** A report or complaint is referred to the discipline inspection body unless the closure names another route. */
    @Override
    protected String defaultRoute() {
        return type == null ? null : type.route();
    }

    @Override
    protected CaseKind kind() {
        return CaseKind.PETITION;
    }

    @Override
    protected boolean mayBeAssigned() {
        return Boolean.TRUE.equals(accepted);
    }

    @Override
    protected void checkAssignable() {
        if (!Boolean.TRUE.equals(accepted)) {
            throw new CaseRuleViolation(CaseRule.ACCEPTANCE_PENDING);
        }
    }

    @Override
    protected void checkClosure(Outcome outcome) {
        if (outcome == Outcome.MEDIATION_FAILED) {
            throw new CaseRuleViolation(CaseRule.OUTCOME_NOT_APPLICABLE);
        }
        if (outcome == Outcome.RESOLVED && !agreed && !replied) {
            throw new CaseRuleViolation(CaseRule.AGREEMENT_OR_REPLY_REQUIRED);
        }
    }

    /** The earlier petition a new one is linked to, as far as the repeat rule needs it. */
    private record RelatedPetition(CaseId caseId, CaseNumber caseNumber, boolean reReviewAnswered) {

        /**
         * Reads the earlier case's events: a petition whose re-review was requested and then answered by a reply.
         *
         * @throws CaseRuleViolation {@link CaseRule#UNKNOWN_RELATED_CASE} when the events are not a petition's, or are
         *                           of one the caller may not see
         */
        static RelatedPetition of(CaseId caseId, List<Object> events, MetaData caller) {
            if (events.isEmpty() || !(events.get(0) instanceof PetitionReceived received)) {
                throw new CaseRuleViolation(CaseRule.UNKNOWN_RELATED_CASE);
            }
            boolean reReviewing = false;
            boolean answered = false;
            CaseMarkedConfidential marked = null;
            for (Object event : events) {
                if (event instanceof ReviewRequested review && review.stage() == ReviewStage.RE_REVIEW) {
                    reReviewing = true;
                } else if (reReviewing && event instanceof ReplyServed) {
                    answered = true;
                } else if (event instanceof CaseMarkedConfidential e) {
                    marked = e;
                } else if (event instanceof ConfidentialityLifted) {
                    marked = null;
                }
            }
            if (!CallerScope.sees(caller, received.jurisdiction(), marked == null ? null : marked.roles(),
                    marked == null ? null : marked.accounts())) {
                throw new CaseRuleViolation(CaseRule.UNKNOWN_RELATED_CASE);
            }
            return new RelatedPetition(caseId, received.caseNumber(), answered);
        }
    }

    protected Petition() {
        // required by Axon to rebuild the aggregate from its events
    }
}
