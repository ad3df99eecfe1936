package org.fengqiao.command.cases.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.confidentiality.CaseMarkedConfidential;
import org.fengqiao.cases.confidentiality.ConfidentialityLifted;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.links.DuplicateAbsorbed;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.status.CaseStatusMachine;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.personaldata.PersonalDataErased;

/**
 * The other case of a link or a merger, read from its events ({@link CaseHistories}) before this case records
 * anything, so that the other side's command that follows finds what this side checked: its kind, number and status,
 * the duplicates it absorbed, and whether its first data subject was erased (it then records nothing more). Read only:
 * the other case is neither loaded nor locked.
 */
record OtherCase(CaseId caseId, CaseKind kind, CaseNumber caseNumber, boolean closed, Set<CaseId> absorbed,
        boolean frozen) {

    /**
     * @throws CaseRuleViolation {@link CaseRule#CASE_NOT_FOUND} when no case has this id, or the caller may not see
     *                           it (outside its node, or confidential and not meant for it): the same answer, so
     *                           that a link reveals nothing of a case the caller may not see
     */
    static OtherCase read(CaseId id, CaseHistories histories, MetaData caller) {
        List<Object> events = histories.eventsOf(id);
        if (events.isEmpty()) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
        CaseKind kind;
        CaseNumber number;
        JurisdictionPath jurisdiction;
        if (events.get(0) instanceof PetitionReceived e) {
            kind = CaseKind.PETITION;
            number = e.caseNumber();
            jurisdiction = e.jurisdiction();
        } else if (events.get(0) instanceof DisputeReceived e) {
            kind = CaseKind.DISPUTE;
            number = e.caseNumber();
            jurisdiction = e.jurisdiction();
        } else {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
        CaseStatus status = null;
        CaseMarkedConfidential marked = null;
        Set<CaseId> absorbed = new HashSet<>();
        boolean frozen = false;
        for (Object event : events) {
            status = event instanceof CaseEvent e ? CaseStatusMachine.after(status, e) : status;
            if (event instanceof CaseMarkedConfidential e) {
                marked = e;
            } else if (event instanceof ConfidentialityLifted) {
                marked = null;
            } else if (event instanceof DuplicateAbsorbed e) {
                absorbed.add(e.duplicateId());
            } else if (event instanceof PersonalDataErased e && e.subject() == 1) {
                frozen = true;
            }
        }
        if (!CallerScope.sees(caller, jurisdiction, marked == null ? null : marked.roles(),
                marked == null ? null : marked.accounts())) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
        return new OtherCase(id, kind, number, status == CaseStatus.CLOSED, Set.copyOf(absorbed), frozen);
    }

    /** A case whose first data subject was erased records nothing more, its side of a link or merger neither. */
    OtherCase requireWritable() {
        if (frozen) {
            throw new CaseRuleViolation(CaseRule.DATA_SUBJECT_ERASED);
        }
        return this;
    }
}
