package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.KIND;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.kind;

import org.fengqiao.cases.supervision.GiveSupervisionFeedback;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.UrgeCase;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Urging and supervision (催办, 督办) over HTTP: a supervisor urges the unit responsible for a case or lists the case
 * for supervision (挂牌督办); the unit answers a supervision order, the system's or a supervisor's, in writing.
 */
@RestController
public class SupervisionController {

    private static final String CASE = "/api/" + KIND + "/{caseId}";

    private final CaseCommands commands;

    SupervisionController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(CASE + "/urging")
    public CaseVersionResponse urge(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody UrgingRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new UrgeCase(caseId(caseId), kind(kind), body.text(),
                body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/supervision")
    public CaseVersionResponse orderSupervision(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody SupervisionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new OrderSupervision(caseId(caseId), kind(kind),
                body.text(), body.feedbackBy(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/supervision/{orderId}/feedback")
    public CaseVersionResponse giveFeedback(
            @PathVariable String kind, @PathVariable String caseId, @PathVariable String orderId,
            @RequestBody SupervisionFeedbackRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new GiveSupervisionFeedback(caseId(caseId), kind(kind),
                orderId, body.text(), body.occurredAt(), actor())));
    }
}
