package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;

import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.personaldata.DestroyCaseRecord;
import org.fengqiao.personaldata.ErasePersonalData;
import org.fengqiao.personaldata.LiftPersonalDataRestriction;
import org.fengqiao.personaldata.RestrictPersonalData;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rights of a case's data subjects over HTTP, for petitions and disputes alike. {@code subject} is the number of
 * the person in the case (1 = the first petitioner or party, in the order of intake). Restriction keeps the data,
 * shows it to auditors only and stops every other command on the case until it is lifted; erasure, on a closed case
 * only, destroys the subject's key; the case record's key (the staff's texts) is destroyed apart, at the end of the
 * retention period.
 */
@RestController
public class DataSubjectController {

    private static final String SUBJECT = "/api/cases/{caseId}/data-subjects/{subject}";

    private final CaseCommands commands;

    DataSubjectController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(SUBJECT + "/restriction")
    public CaseVersionResponse restrict(@PathVariable String caseId, @PathVariable String subject,
            @RequestBody DataSubjectRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RestrictPersonalData(caseId(caseId), number(subject),
                body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping(SUBJECT + "/restriction/lifting")
    public CaseVersionResponse lift(@PathVariable String caseId, @PathVariable String subject,
            @RequestBody DataSubjectRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new LiftPersonalDataRestriction(caseId(caseId),
                number(subject), body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping(SUBJECT + "/erasure")
    public CaseVersionResponse erase(@PathVariable String caseId, @PathVariable String subject,
            @RequestBody DataSubjectRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ErasePersonalData(caseId(caseId), number(subject),
                body.reason(), body.occurredAt(), actor())));
    }

    /**
     * The case record's key destroyed (admin), once the case's retention period has ended: the end of the case's
     * listing on {@code GET /api/personal-data/retention-ended}; before it, 409 {@code RETENTION_APPLIES} with
     * {@code possibleFrom}.
     */
    @PostMapping("/api/cases/{caseId}/case-record/destruction")
    public CaseVersionResponse destroyRecord(@PathVariable String caseId, @RequestBody DataSubjectRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new DestroyCaseRecord(caseId(caseId), body.reason(),
                body.occurredAt(), actor())));
    }

    /** A subject number that cannot exist names no subject: 404, like an unknown one. */
    private static int number(String segment) {
        if (segment == null || !segment.matches("[1-9][0-9]{0,3}")) {
            throw new CaseRuleViolation(CaseRule.UNKNOWN_DATA_SUBJECT);
        }
        return Integer.parseInt(segment);
    }
}
