package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.KIND;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.kind;

import org.fengqiao.cases.dispatch.DecideDispatchReturn;
import org.fengqiao.cases.dispatch.DispatchCase;
import org.fengqiao.cases.dispatch.ReportContribution;
import org.fengqiao.cases.dispatch.RequestDispatchReturn;
import org.fengqiao.cases.dispatch.SignForDispatch;
import org.fengqiao.cases.dispatch.WaiveContribution;
import org.fengqiao.cases.timelimits.RequestHotlineExtension;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dispatch (分流交办) over HTTP: the dispatcher sends a case to a lead unit and co-handling units; each unit signs for it
 * or asks to return it; the dispatcher decides a return and may waive a co-unit's report; co-units report their part;
 * the unit handling a 12345 order asks the hotline for an extension.
 */
@RestController
public class DispatchController {

    private static final String DISPATCH = "/api/" + KIND + "/{caseId}/dispatch";

    private final CaseCommands commands;

    DispatchController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(DISPATCH)
    public CaseVersionResponse dispatch(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody DispatchRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new DispatchCase(caseId(caseId), kind(kind),
                body.leadUnit(), body.coUnits(), body.instructions(), body.signBy(), null, actor())));
    }

    @PostMapping(DISPATCH + "/sign")
    public CaseVersionResponse sign(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody DispatchSignRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new SignForDispatch(caseId(caseId), kind(kind),
                body.unit(), null, actor())));
    }

    @PostMapping(DISPATCH + "/return")
    public CaseVersionResponse requestReturn(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody DispatchReturnRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RequestDispatchReturn(caseId(caseId), kind(kind),
                body.unit(), body.reasonCode(), body.text(), null, actor())));
    }

    @PostMapping(DISPATCH + "/return/decision")
    public CaseVersionResponse decideReturn(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody ReturnDecisionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new DecideDispatchReturn(caseId(caseId), kind(kind),
                body.unit(), body.decision(), body.reason(), null, actor())));
    }

    @PostMapping(DISPATCH + "/contribution")
    public CaseVersionResponse contribute(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody ContributionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ReportContribution(caseId(caseId), kind(kind),
                body.unit(), body.text(), null, actor())));
    }

    @PostMapping(DISPATCH + "/contribution/waiver")
    public CaseVersionResponse waive(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody ContributionWaiverRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new WaiveContribution(caseId(caseId), kind(kind),
                body.unit(), body.reason(), null, actor())));
    }

    /** The unit handling a 12345 order asks the hotline to extend it (延期申请); the hotline decides. */
    @PostMapping("/api/" + KIND + "/{caseId}/hotline-extension")
    public CaseVersionResponse requestHotlineExtension(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody HotlineExtensionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RequestHotlineExtension(caseId(caseId), kind(kind),
                body.dueDate(), body.reason(), null, actor())));
    }
}
