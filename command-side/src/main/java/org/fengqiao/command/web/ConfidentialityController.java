package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;

import org.fengqiao.cases.confidentiality.LiftConfidentiality;
import org.fengqiao.cases.confidentiality.MarkCaseConfidential;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Confidential cases, for either kind under {@code /api/cases/{caseId}}: marking a case confidential to named roles
 * and accounts, and lifting it. A caller outside a confidential case's audience finds no case (404), here as
 * everywhere; an unknown role name, a malformed account name, or neither roles nor accounts is a 400.
 */
@RestController
public class ConfidentialityController {

    private final CaseCommands commands;

    ConfidentialityController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/cases/{caseId}/confidentiality")
    public CaseVersionResponse mark(@PathVariable String caseId, @RequestBody ConfidentialityRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new MarkCaseConfidential(caseId(caseId), body.reason(),
                body.roles(), body.accounts(), body.occurredAt(), actor())));
    }

    @PostMapping("/api/cases/{caseId}/confidentiality/lifting")
    public CaseVersionResponse lift(@PathVariable String caseId, @RequestBody LiftingRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new LiftConfidentiality(caseId(caseId), body.reason(), body.occurredAt(),
                actor())));
    }
}
