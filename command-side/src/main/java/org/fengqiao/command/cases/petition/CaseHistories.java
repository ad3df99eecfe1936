package org.fengqiao.command.cases.petition;

import java.util.List;
import org.fengqiao.cases.common.CaseId;

/**
 * Read-only access to another case's recorded events, for the one rule that looks across cases: a petition linked to
 * an earlier one whose re-review was answered is a repeat ({@code Petition}'s intake). An interface rather than the
 * event store itself so that fixture tests can hand the earlier case's events to the intake handler (an aggregate
 * fixture holds the events of one case only).
 */
public interface CaseHistories {

    /** The payloads of the case's events, oldest first; empty when no case has this id. */
    List<Object> eventsOf(CaseId caseId);
}
