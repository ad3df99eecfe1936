package org.fengqiao.command.web;

import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;

/** Answer to a creation: the new case's id, its allocated number and its version. */
public record CaseCreatedResponse(CaseId caseId, CaseNumber caseNumber, long version) {

    static CaseCreatedResponse of(CaseVersion version) {
        return new CaseCreatedResponse(version.caseId(), version.caseNumber(), version.version());
    }
}
