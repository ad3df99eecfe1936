package org.fengqiao.command.cases.lifecycle;

import java.util.List;
import org.fengqiao.cases.value.CaseId;

/**
 * Read-only access to another case's recorded events, for the rules that look across cases: a petition linked to
 * an earlier one whose re-review was answered is a repeat ({@code Petition}'s intake); a case linked to another one or
 * merged into a primary checks that case first ({@link OtherCase}). An interface rather than the event store itself
 * so that fixture tests can hand the other case's events to the handler (an aggregate fixture holds the events of
 * one case only).
 */
public interface CaseHistories {

    /** The payloads of the case's events, oldest first; empty when no case has this id. */
    List<Object> eventsOf(CaseId caseId);
}
