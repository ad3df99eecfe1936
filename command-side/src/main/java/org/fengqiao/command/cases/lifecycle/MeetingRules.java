package org.fengqiao.command.cases.lifecycle;

import java.util.List;
import java.util.Optional;
import org.fengqiao.cases.lifecycle.MeetingDecision;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.jurisdiction.HandlingUnit;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The rules of a meeting's typed participants, convener and decisions (issue 16 part 8), checked after the shared
 * ones ({@link LifecycleRules#meeting}): sides all or none, each unit a known one; a three-party meeting (三方联席)
 * seats the case's community, a property company and the owners' side; a convener is a known unit; each decision says
 * what and who acts on it, a known unit or one of the meeting's participants.
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static void check(RecordMeeting command, JurisdictionPath jurisdiction, JurisdictionTree tree) {
        List<ParticipantRole> roles = command.roles();
        if (!roles.isEmpty() && (roles.size() != command.participants().size()
                || roles.stream().anyMatch(role -> role == null || role.side() == null))) {
            throw new CaseRuleViolation(CaseRule.PARTICIPANT_SIDE_REQUIRED);
        }
        for (ParticipantRole role : roles) {
            if ((role.side() == ParticipantSide.UNIT) != (role.unit() != null)) {
                throw new CaseRuleViolation(CaseRule.PARTICIPANT_UNIT_REQUIRED);
            }
            if (role.unit() != null && tree.unit(role.unit()).isEmpty()) {
                throw new CaseRuleViolation(CaseRule.UNKNOWN_UNIT, "participants");
            }
        }
        if (command.type() == MeetingType.THREE_PARTY_MEETING && !threeParties(roles, jurisdiction, tree)) {
            throw new CaseRuleViolation(CaseRule.THREE_PARTIES_REQUIRED);
        }
        if (command.convener() != null && tree.unit(command.convener()).isEmpty()) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_UNIT, "convener");
        }
        for (MeetingDecision decision : command.decisions()) {
            Require.present(decision.text(), CaseRule.DECISION_TEXT_REQUIRED);
            boolean byParticipant = decision.participant() != null
                    && command.participants().stream().map(String::strip).anyMatch(decision.participant()::equals);
            boolean byUnit = decision.unit() != null && tree.unit(decision.unit()).isPresent();
            if ((decision.unit() == null) == (decision.participant() == null) || !byParticipant && !byUnit) {
                throw new CaseRuleViolation(CaseRule.DECISION_ACTOR_REQUIRED);
            }
        }
    }

    /**
     * The community (a community-level body of the case's own community that is not a property company), a property
     * company and the owners' side (a party) are all at the table.
     */
    private static boolean threeParties(List<ParticipantRole> roles, JurisdictionPath jurisdiction,
            JurisdictionTree tree) {
        boolean community = false;
        boolean property = false;
        boolean owners = false;
        for (ParticipantRole role : roles) {
            owners |= role.side() == ParticipantSide.PARTY;
            Optional<HandlingUnit> unit = role.unit() == null ? Optional.empty() : tree.unit(role.unit());
            if (unit.isPresent()) {
                property |= unit.get().propertyCompany();
                community |= !unit.get().propertyCompany() && unit.get().level() == Level.COMMUNITY
                        && unit.get().node().equals(jurisdiction.community());
            }
        }
        return community && property && owners;
    }
}
