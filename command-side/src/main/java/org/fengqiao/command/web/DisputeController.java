package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;

import java.net.URI;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.dispute.RecordRefusal;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands only a dispute takes: intake, a party's refusal of mediation and the mediation agreement. */
@RestController
@RequestMapping("/api/disputes")
public class DisputeController {

    private final CaseCommands commands;
    private final IntakeScope scope;

    DisputeController(CaseCommands commands, IntakeScope scope) {
        this.commands = commands;
        this.scope = scope;
    }

    @PostMapping
    public ResponseEntity<CaseCreatedResponse> receive(
            @RequestBody ReceiveDisputeRequest body) {
        scope.requireGrid(body.gridCode());
        CaseVersion version = commands.send(() -> new ReceiveDispute(IntakeScope.newCaseId(body.externalRef(),
                CaseKind.DISPUTE), body.source(), body.category(), body.subject(), body.content(), body.gridCode(),
                body.parties(), body.mediation(), body.receivedAt(), actor(), body.riskLevel(), body.riskReason(),
                body.externalRef(), body.confidentiality(), body.policeInformed()));
        return ResponseEntity.created(URI.create("/api/cases/" + version.caseId()))
                .body(CaseCreatedResponse.of(version));
    }

    @PostMapping("/{caseId}/refusal")
    public CaseVersionResponse recordRefusal(
            @PathVariable String caseId,
            @RequestBody RefusalRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordRefusal(caseId(caseId), body.party(),
                body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping("/{caseId}/agreement")
    public CaseVersionResponse reachMediationAgreement(
            @PathVariable String caseId,
            @RequestBody AgreementRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ReachMediationAgreement(caseId(caseId), body.terms(),
                body.performance(), body.performBy(), body.mediator(), body.signatories(), body.occurredAt(), actor(),
                body.obligations(), body.facts(), body.disputedMatters(), body.responsibilities(),
                Boolean.TRUE.equals(body.oral()), body.sealedBy())));
    }
}
