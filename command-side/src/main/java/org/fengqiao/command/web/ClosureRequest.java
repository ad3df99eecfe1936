package org.fengqiao.command.web;

import org.fengqiao.cases.common.Outcome;
import org.fengqiao.cases.common.Satisfaction;

/** Body of {@code POST /api/{kind}/{caseId}/closure}. */
public record ClosureRequest(Outcome outcome, Satisfaction satisfaction, String note, String route) {
}
