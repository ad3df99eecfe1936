package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.ACTOR_HEADER;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;

import java.net.URI;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseVersion;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.dispute.RecordRefusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands only a dispute takes: intake, a party's refusal of mediation and the mediation agreement. */
@RestController
@RequestMapping("/api/disputes")
public class DisputeController {

    private final CaseCommands commands;

    DisputeController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    public ResponseEntity<CaseCreatedResponse> receive(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @RequestBody ReceiveDisputeRequest body) {
        CaseVersion version = commands.send(() -> new ReceiveDispute(CaseId.generate(), body.source(),
                body.category(), body.subject(), body.content(), body.gridCode(), body.parties(), body.mediation(),
                body.receivedAt(), actor(actor), body.riskLevel(), body.riskReason()));
        return ResponseEntity.created(URI.create("/api/cases/" + version.caseId()))
                .body(CaseCreatedResponse.of(version));
    }

    @PostMapping("/{caseId}/refusal")
    public CaseVersionResponse recordRefusal(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @PathVariable String caseId,
            @RequestBody RefusalRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordRefusal(caseId(caseId), body.party(),
                body.reason(), null, actor(actor))));
    }

    @PostMapping("/{caseId}/agreement")
    public CaseVersionResponse reachMediationAgreement(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @PathVariable String caseId,
            @RequestBody AgreementRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ReachMediationAgreement(caseId(caseId), body.terms(),
                body.performance(), body.performBy(), body.mediator(), body.signatories(), null, actor(actor))));
    }
}
