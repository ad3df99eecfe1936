package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.ACTOR_HEADER;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.required;

import java.net.URI;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseVersion;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.petition.ServeReply;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands only a petition takes: intake, the acceptance decision, the handling plan and the written reply. */
@RestController
@RequestMapping("/api/petitions")
public class PetitionController {

    private final CaseCommands commands;

    PetitionController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    public ResponseEntity<CaseCreatedResponse> receive(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @RequestBody ReceivePetitionRequest body) {
        CaseVersion version = commands.send(() -> new ReceivePetition(CaseId.generate(), body.channel(),
                body.category(), body.subject(), body.content(), body.gridCode(), body.petitioners(),
                body.receivedAt(), actor(actor), body.riskLevel(), body.riskReason()));
        return ResponseEntity.created(URI.create("/api/cases/" + version.caseId()))
                .body(CaseCreatedResponse.of(version));
    }

    @PostMapping("/{caseId}/acceptance")
    public CaseVersionResponse decideAcceptance(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @PathVariable String caseId,
            @RequestBody AcceptanceRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new DecideAcceptance(caseId(caseId),
                required(body.accepted(), "accepted"), body.reason(), null, actor(actor))));
    }

    @PostMapping("/{caseId}/agreement")
    public CaseVersionResponse agreeHandlingPlan(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @PathVariable String caseId,
            @RequestBody AgreementRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new AgreeHandlingPlan(caseId(caseId), body.terms(),
                body.performBy(), body.signatories(), null, actor(actor))));
    }

    @PostMapping("/{caseId}/reply")
    public CaseVersionResponse serveReply(
            @RequestHeader(name = ACTOR_HEADER, required = false) String actor,
            @PathVariable String caseId,
            @RequestBody ReplyRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ServeReply(caseId(caseId), body.opinion(), body.text(),
                body.servedAt(), actor(actor))));
    }
}
