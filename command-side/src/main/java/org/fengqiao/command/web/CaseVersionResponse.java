package org.fengqiao.command.web;

import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseVersion;

/** Answer to any command on an existing case: the case and its version after the command. */
public record CaseVersionResponse(CaseId caseId, long version) {

    static CaseVersionResponse of(CaseVersion version) {
        return new CaseVersionResponse(version.caseId(), version.version());
    }
}
