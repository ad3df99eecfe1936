package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.KIND;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.kind;
import static org.fengqiao.command.web.RequestValues.required;

import org.fengqiao.cases.lifecycle.ObjectToAssignment;
import org.fengqiao.cases.petition.RequestReview;
import org.fengqiao.cases.risk.AssignRiskLeader;
import org.fengqiao.cases.risk.RecordCheckIn;
import org.fengqiao.cases.timelimits.EndHearing;
import org.fengqiao.cases.timelimits.ExtendDeadline;
import org.fengqiao.cases.timelimits.StartHearing;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time limits and the high-risk regime over HTTP: the one extension of a handling limit, hearings that suspend the
 * limits, a unit's objection to an assignment, review and re-review of a petition's reply, and the leader and
 * check-ins of a high-risk case. Reminders and missed deadlines need no request: the deadline manager fires them.
 */
@RestController
public class TimeLimitController {

    private static final String CASE = "/api/" + KIND + "/{caseId}";

    private final CaseCommands commands;

    TimeLimitController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(CASE + "/deadline-extension")
    public CaseVersionResponse extend(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody DeadlineExtensionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ExtendDeadline(caseId(caseId), kind(kind),
                body.limit(), required(body.days(), "days"), body.reason(), body.approver(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/hearing/start")
    public CaseVersionResponse startHearing(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody(required = false) BusinessTimeRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new StartHearing(caseId(caseId), kind(kind),
                BusinessTimeRequest.occurredAt(body), actor())));
    }

    @PostMapping(CASE + "/hearing/end")
    public CaseVersionResponse endHearing(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody(required = false) BusinessTimeRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new EndHearing(caseId(caseId), kind(kind),
                BusinessTimeRequest.occurredAt(body), actor())));
    }

    @PostMapping(CASE + "/objection")
    public CaseVersionResponse object(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody ObjectionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ObjectToAssignment(caseId(caseId), kind(kind),
                body.unit(), body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping("/api/petitions/{caseId}/review")
    public CaseVersionResponse requestReview(
            @PathVariable String caseId,
            @RequestBody ReviewRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RequestReview(caseId(caseId), body.reason(), body.occurredAt(),
                actor())));
    }

    @PostMapping(CASE + "/risk-leader")
    public CaseVersionResponse assignRiskLeader(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody RiskLeaderRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new AssignRiskLeader(caseId(caseId), kind(kind),
                body.leader(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/check-ins")
    public CaseVersionResponse checkIn(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody CheckInRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordCheckIn(caseId(caseId), kind(kind), body.note(),
                body.occurredAt(), actor())));
    }
}
