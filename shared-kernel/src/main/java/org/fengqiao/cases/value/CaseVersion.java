package org.fengqiao.cases.value;

/**
 * What every command handler answers: the case and its version after the command, which is the number of events in
 * its history (the last event's sequence number plus one), so a caller knows exactly how many events its case has.
 */
public record CaseVersion(CaseId caseId, CaseNumber caseNumber, long version) {
}
