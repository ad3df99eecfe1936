package org.fengqiao.command.integrations.hotline;

import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;

/** Answer to a work order: the case it is (new, or the one registered when it came before), and the order number. */
public record HotlineOrderResponse(CaseId caseId, CaseNumber caseNumber, long version, String orderNo) {

    static HotlineOrderResponse of(CaseVersion version, String orderNo) {
        return new HotlineOrderResponse(version.caseId(), version.caseNumber(), version.version(), orderNo);
    }
}
