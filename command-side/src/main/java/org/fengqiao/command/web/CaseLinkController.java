package org.fengqiao.command.web;

import static org.fengqiao.command.web.RequestValues.KIND;
import static org.fengqiao.command.web.RequestValues.actor;
import static org.fengqiao.command.web.RequestValues.caseId;
import static org.fengqiao.command.web.RequestValues.kind;

import java.time.Instant;
import org.fengqiao.cases.links.AbsorbDuplicate;
import org.fengqiao.cases.links.ConfirmCaseLink;
import org.fengqiao.cases.links.LinkCase;
import org.fengqiao.cases.links.MergeCase;
import org.fengqiao.cases.links.RecordCaseLink;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseVersion;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linked and merged cases over HTTP (关联 / 并案). Each request touches two cases, one command each, sent in the order
 * {@code Links} (command side) explains: a link is recorded as requested on the case of the path, then on the other
 * case, then confirmed; a merger closes the duplicate of the path, then the primary records it. A step that fails
 * answers its problem and leaves no link shown complete; the same request again finishes it. The answer is the path's
 * case and its version.
 */
@RestController
public class CaseLinkController {

    private static final String CASE = "/api/" + KIND + "/{caseId}";

    private final CaseCommands commands;

    CaseLinkController(CaseCommands commands) {
        this.commands = commands;
    }

    @PostMapping(CASE + "/links")
    public CaseVersionResponse link(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody LinkRequest body) {
        CaseId id = caseId(caseId);
        CaseKind ownKind = kind(kind);
        String targetText = body.target();
        CaseId target = targetText == null ? null : caseId(targetText);
        Instant at = body.occurredAt() == null ? Instant.now() : body.occurredAt();
        Actor actor = actor();
        CaseVersion requested = commands.send(() -> new LinkCase(id, ownKind, target, body.targetKind(),
                body.reason(), at, actor));
        commands.send(() -> new RecordCaseLink(target, id, ownKind, requested.caseNumber(), at, actor));
        return CaseVersionResponse.of(commands.send(() -> new ConfirmCaseLink(id, target, at, actor)));
    }

    @PostMapping(CASE + "/merge")
    public CaseVersionResponse merge(
            @PathVariable String kind, @PathVariable String caseId,
            @RequestBody MergeRequest body) {
        CaseId id = caseId(caseId);
        CaseKind ownKind = kind(kind);
        CaseId primary = body.primaryId() == null ? null : caseId(body.primaryId());
        Instant at = body.occurredAt() == null ? Instant.now() : body.occurredAt();
        Actor actor = actor();
        CaseVersion merged = commands.send(() -> new MergeCase(id, ownKind, primary, body.reason(), at, actor));
        commands.send(() -> new AbsorbDuplicate(primary, id, ownKind, merged.caseNumber(), at, actor));
        return CaseVersionResponse.of(merged);
    }
}
