package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.KIND;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.kind;
import static org.fengqiao.command.web.RequestValues.required;

import org.fengqiao.cases.lifecycle.AddNote;
import org.fengqiao.cases.lifecycle.AssignCase;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.lifecycle.EscalateCase;
import org.fengqiao.cases.lifecycle.RecordAttachment;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.risk.ChangeRiskLevel;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commands that petitions and disputes share, under {@code /api/petitions/...} and {@code /api/disputes/...} alike.
 * The path's kind goes into the command, so a dispute's id under {@code /api/petitions} is not found.
 */
@RestController
public class CaseLifecycleController {

    private static final String CASE = "/api/" + KIND + "/{caseId}";

    private final CaseCommands commands;

    CaseLifecycleController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(CASE + "/assignment")
    public CaseVersionResponse assign(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody AssignmentRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new AssignCase(caseId(caseId), kind(kind), body.unit(),
                body.officer(), body.note(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/meetings")
    public CaseVersionResponse recordMeeting(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody MeetingRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordMeeting(caseId(caseId), kind(kind), body.type(),
                body.heldAt(), body.names(), body.minutes(), actor(), body.roles(), body.convener(), body.decisions())));
    }

    @PostMapping(CASE + "/escalation")
    public CaseVersionResponse escalate(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody EscalationRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new EscalateCase(caseId(caseId), kind(kind),
                body.toLevel(), body.reason(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/risk")
    public CaseVersionResponse changeRiskLevel(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody RiskRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new ChangeRiskLevel(caseId(caseId), kind(kind),
                body.level(), body.reason(), body.occurredAt(), actor(), body.policeInformed())));
    }

    @PostMapping(CASE + "/notes")
    public CaseVersionResponse addNote(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody NoteRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new AddNote(caseId(caseId), kind(kind), body.text(), body.occurredAt(),
                actor())));
    }

    @PostMapping(CASE + "/attachments")
    public CaseVersionResponse recordAttachment(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody AttachmentRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new RecordAttachment(caseId(caseId), kind(kind),
                body.name(), body.mediaType(), required(body.size(), "size"), body.sha256(), body.occurredAt(), actor())));
    }

    @PostMapping(CASE + "/closure")
    public CaseVersionResponse close(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody ClosureRequest body) {
        return CaseVersionResponse.of(commands.send(() -> new CloseCase(caseId(caseId), kind(kind), body.outcome(),
                body.satisfaction(), body.route(), body.note(), body.occurredAt(), actor())));
    }
}
