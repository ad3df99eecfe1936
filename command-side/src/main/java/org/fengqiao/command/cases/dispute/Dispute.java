package org.fengqiao.command.cases.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationRefused;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.dispute.RecordRefusal;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.command.cases.lifecycle.CallerScope;
import org.fengqiao.command.cases.lifecycle.Case;
import org.fengqiao.command.cases.lifecycle.HighRiskPolicy;
import org.fengqiao.command.cases.lifecycle.Intake;
import org.fengqiao.command.cases.lifecycle.Require;
import org.fengqiao.command.numbering.CaseNumbers;
import org.fengqiao.command.personaldata.PersonalValues;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * A dispute (矛盾纠纷) between two or more parties, mediated voluntarily: a party may refuse, after which no mediation
 * session or agreement is possible; an agreement takes effect when every party and the mediator have signed.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger", snapshotFilter = "caseSnapshotFilter",
        cache = "caseCache")
public class Dispute extends Case {

    private List<String> parties = new ArrayList<>();
    private int mediationSessions;
    private boolean refused;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CaseVersion handle(ReceiveDispute command, MetaData metaData, JurisdictionTree jurisdictions,
            CaseNumbers numbers, Clock clock, DeadlineManager deadlineManager, TimeLimitPolicy policy,
            HighRiskPolicy highRisk) {
        if (caseId != null) {
            // registered before under the same external reference: this is that case, not a copy
            return currentVersion();
        }
        Require.present(command.source(), CaseRule.SOURCE_REQUIRED);
        Require.present(command.category(), CaseRule.CATEGORY_REQUIRED);
        Require.present(command.subject(), CaseRule.SUBJECT_REQUIRED);
        Require.present(command.gridCode(), CaseRule.GRID_REQUIRED);
        JurisdictionPath path = jurisdictions.pathOfGrid(command.gridCode())
                .orElseThrow(() -> new CaseRuleViolation(CaseRule.UNKNOWN_GRID));
        List<Party> given = command.parties();
        boolean complete = given.stream().allMatch(p -> p.name() != null && p.role() != null);
        if (given.size() < 2 || !complete || given.stream().map(Party::name).distinct().count() < given.size()) {
            throw new CaseRuleViolation(CaseRule.TWO_PARTIES_REQUIRED);
        }
        Intake intake = new Intake(command.caseId(), path, command.receivedAt(), command.actor(),
                command.riskLevel(), command.riskReason(), command.policeInformed(), command.confidentiality(),
                CallerScope.mayMarkConfidential(metaData), TimeLimit.HANDLING);
        return receive(intake, number -> new DisputeReceived(command.caseId(), number, command.source(),
                command.category(), command.subject(), command.content(), path, given, command.mediation(),
                command.receivedAt(), command.actor(), command.externalRef()), List::of, numbers, clock,
                deadlineManager, policy, highRisk, jurisdictions);
    }

    @CommandHandler
    CaseVersion handle(RecordRefusal command, PersonalValues values) {
        requireNotAgreed();
        Require.present(command.party(), CaseRule.UNKNOWN_PARTY);
        if (!partyNames(values).contains(command.party())) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_PARTY);
        }
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        apply(new MediationRefused(caseId, command.party(), command.reason(), command.occurredAt(), command.actor()));
        return currentVersion();
    }

    /**
     * A written agreement takes effect when every party and the mediator signed (a legal person or unit by seal); an
     * oral one (人民调解法 Art. 28) is recorded by the mediator, whose name it bears. Its terms bind parties of the dispute
     * or handling units; the responsibilities it states are the parties'.
     */
    @CommandHandler
    CaseVersion handle(ReachMediationAgreement command, PersonalValues values, JurisdictionTree jurisdictions,
            DeadlineManager deadlineManager, TimeLimitPolicy policy) {
        requireAssigned();
        if (refused) {
            throw new CaseRuleViolation(CaseRule.MEDIATION_REFUSED);
        }
        requireNotAgreed();
        if (mediationSessions == 0) {
            throw new CaseRuleViolation(CaseRule.MEDIATION_SESSION_REQUIRED);
        }
        Require.present(command.terms(), CaseRule.TERMS_REQUIRED);
        LocalDate performBy = performBy(command.performBy(), command.obligations());
        Require.present(performBy, CaseRule.PERFORM_BY_REQUIRED);
        Require.present(command.mediator(), CaseRule.MEDIATOR_REQUIRED);
        List<String> names = partyNames(values);
        Set<String> signed = new HashSet<>(command.signatories().stream().map(String::strip).toList());
        if (!command.oral() && (!signed.containsAll(names) || !signed.contains(command.mediator()))) {
            throw new CaseRuleViolation(CaseRule.SIGNATURES_INCOMPLETE);
        }
        checkAgreement(command.obligations(), performBy, command.sealedBy(), signed, command.occurredAt(),
                names::contains, CaseRule.TERM_OBLIGOR_NOT_A_PARTY, jurisdictions, policy);
        if (command.responsibilities().stream().anyMatch(r -> !names.contains(r.party()))) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_PARTY);
        }
        agree(new MediationAgreementReached(caseId, command.terms(), command.performance(), performBy,
                command.mediator(), command.signatories(), command.occurredAt(), command.actor(),
                command.obligations(), command.facts(), command.disputedMatters(), command.responsibilities(),
                command.oral(), command.sealedBy()), command.obligations(), deadlineManager, policy);
        endLimit(TimeLimit.HANDLING, command.occurredAt(), command.actor());
        openConfirmationWindow(command.occurredAt(), command.actor(), policy, deadlineManager);
        return currentVersion();
    }

    /** The parties' names in plain text (the case keeps them sealed, as stored). */
    private List<String> partyNames(PersonalValues values) {
        return parties.stream().map(values::open).toList();
    }

    @Override
    protected void evolve(CaseEvent event) {
        if (event instanceof DisputeReceived e) {
            received(e.caseId(), e.caseNumber(), e.jurisdiction(), e.parties().size());
            parties = new ArrayList<>(e.parties().stream().map(Party::name).toList());
        } else if (event instanceof MediationRefused) {
            refused = true;
        } else if (event instanceof MediationAgreementReached) {
            agreed = true;
        } else if (event instanceof MeetingHeld e && e.type() == MeetingType.MEDIATION_SESSION) {
            mediationSessions++;
        }
    }

    @Override
    protected CaseKind kind() {
        return CaseKind.DISPUTE;
    }

    @Override
    protected void checkMeeting(MeetingType type) {
        if (refused && type == MeetingType.MEDIATION_SESSION) {
            throw new CaseRuleViolation(CaseRule.MEDIATION_REFUSED);
        }
    }

    @Override
    protected void checkClosure(Outcome outcome) {
        if (refused && outcome != Outcome.MEDIATION_FAILED && outcome != Outcome.REFERRED) {
            throw new CaseRuleViolation(CaseRule.REFUSED_MEDIATION_OUTCOME);
        }
        if (outcome == Outcome.RESOLVED && !agreed) {
            throw new CaseRuleViolation(CaseRule.AGREEMENT_REQUIRED);
        }
    }

    protected Dispute() {
        // required by Axon to rebuild the aggregate from its events
    }
}
