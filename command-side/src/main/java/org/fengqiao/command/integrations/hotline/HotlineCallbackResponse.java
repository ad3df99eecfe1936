package org.fengqiao.command.integrations.hotline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseVersion;

/**
 * Answer to one of the hotline's callbacks: the order's case and its version after the callback (the same as before
 * when the callback had been recorded already), and for a follow-up of an unsatisfied resident what became of the
 * rework: {@code REOPENED} (the order went back for rework), or {@code ALREADY_USED} (it went back once before, so the
 * case stays closed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotlineCallbackResponse(CaseId caseId, String orderNo, long version, String rework) {

    static HotlineCallbackResponse of(HotlineCallbackController.Order order, CaseVersion version, String rework) {
        return new HotlineCallbackResponse(order.caseId(), order.orderNo(),
                version == null ? order.history().size() : version.version(), rework);
    }
}
