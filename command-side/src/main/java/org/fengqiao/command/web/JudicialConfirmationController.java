package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;

import org.fengqiao.cases.dispute.ApplyForJudicialConfirmation;
import org.fengqiao.cases.dispute.DecideJudicialConfirmation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Judicial confirmation of a dispute's mediation agreement (人民调解法 Art. 33) over HTTP: the parties' joint
 * application to a court, then the court's decision; recorded by the case's officers, the judge workstation's or a
 * supervisor.
 */
@RestController
@RequestMapping("/api/disputes/{caseId}/judicial-confirmation")
public class JudicialConfirmationController {

    private final CaseCommands commands;

    JudicialConfirmationController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    public CaseVersionResponse apply(@PathVariable String caseId, @RequestBody JudicialConfirmationRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ApplyForJudicialConfirmation(caseId(caseId),
                body.court(), body.appliedAt(), actor())));
    }

    @PostMapping("/decision")
    public CaseVersionResponse decide(@PathVariable String caseId, @RequestBody JudicialDecisionRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new DecideJudicialConfirmation(caseId(caseId),
                body.decision(), body.courtReference(), body.decidedAt(), actor())));
    }
}
