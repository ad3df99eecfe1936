package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.KIND;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.kind;

import org.fengqiao.cases.aftercare.RecordFollowUp;
import org.fengqiao.cases.aftercare.RecordPerformance;
import org.fengqiao.cases.aftercare.ReopenForRework;
import org.fengqiao.cases.aftercare.WaivePerformance;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What follows an agreement and a closure over HTTP: an officer records each term's performance and the follow-up
 * visits after closure; a supervisor decides that a case may close as resolved with terms still open, and reopens a
 * case for rework.
 */
@RestController
public class AftercareController {

    private static final String CASE = "/api/" + KIND + "/{caseId}";

    private final CaseCommands commands;

    AftercareController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(CASE + "/performance")
    public CaseVersionResponse recordPerformance(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody PerformanceRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordPerformance(caseId(caseId), kind(kind),
                body.term(), body.status(), body.note(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/follow-ups")
    public CaseVersionResponse recordFollowUp(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody FollowUpRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordFollowUp(caseId(caseId), kind(kind),
                body.contacted(), body.method(), body.satisfaction(), body.performed(), body.note(), body.occurredAt(),
                actor())));
    }

    @PostMapping(CASE + "/rework")
    public CaseVersionResponse reopenForRework(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody ReworkRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ReopenForRework(caseId(caseId), kind(kind),
                body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/performance/waiver")
    public CaseVersionResponse waivePerformance(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody PerformanceWaiverRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new WaivePerformance(caseId(caseId), kind(kind),
                body.reason(), body.occurredAt(), actor())));
    }
}
