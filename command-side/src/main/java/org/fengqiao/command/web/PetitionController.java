package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.required;

import java.net.URI;
import org.fengqiao.cases.lifecycle.ServeNotice;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.petition.ServeReply;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseVersion;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commands only a petition takes: intake, the acceptance decision, the handling plan, the written reply and the
 * notices served on the petitioner.
 */
@RestController
@RequestMapping("/api/petitions")
public class PetitionController {

    private final CaseCommands commands;
    private final IntakeScope scope;

    PetitionController(CaseCommands commands, IntakeScope scope) {
        this.commands = commands;
        this.scope = scope;
    }

    @PostMapping
    public ResponseEntity<CaseCreatedResponse> receive(
            @RequestBody ReceivePetitionRequest body) {
        scope.requireGrid(body.gridCode());
        CaseId relatedCaseId = relatedCaseId(body.relatedCaseId());
        CaseVersion version = commands.send(() -> new ReceivePetition(IntakeScope.newCaseId(body.externalRef(),
                CaseKind.PETITION), body.channel(), body.category(), body.subject(), body.content(), body.gridCode(),
                body.petitioners(), body.receivedAt(), actor(), body.riskLevel(), body.riskReason(),
                body.externalRef(), relatedCaseId, body.confidentiality(), body.policeInformed(), body.headcount(),
                body.members(), body.type(), body.respondents()));
        return ResponseEntity.created(URI.create("/api/cases/" + version.caseId()))
                .body(CaseCreatedResponse.of(version));
    }

    /** A related case id that is no case id names no petition: the same 400 as an unknown one. */
    private static CaseId relatedCaseId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!CaseId.isValid(text.strip())) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_RELATED_CASE);
        }
        return new CaseId(text.strip());
    }

    @PostMapping("/{caseId}/acceptance")
    public CaseVersionResponse decideAcceptance(
            @PathVariable String caseId,
            @RequestBody AcceptanceRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new DecideAcceptance(caseId(caseId),
                required(body.accepted(), "accepted"), body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping("/{caseId}/agreement")
    public CaseVersionResponse agreeHandlingPlan(
            @PathVariable String caseId,
            @RequestBody AgreementRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new AgreeHandlingPlan(caseId(caseId), body.terms(),
                body.performBy(), body.signatories(), body.occurredAt(), actor(), body.obligations(),
                body.sealedBy())));
    }

    @PostMapping("/{caseId}/reply")
    public CaseVersionResponse serveReply(
            @PathVariable String caseId,
            @RequestBody ReplyRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ServeReply(caseId(caseId), body.opinion(), body.text(),
                body.servedAt(), actor())));
    }

    @PostMapping("/{caseId}/notices")
    public CaseVersionResponse serveNotice(
            @PathVariable String caseId,
            @RequestBody NoticeRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ServeNotice(caseId(caseId), CaseKind.PETITION,
                body.type(), body.method(), body.date(), body.to(), actor())));
    }
}
