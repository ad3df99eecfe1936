package org.fengqiao.query.integrity;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.FindCaseAsOf;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.QueryRejection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tamper evidence over HTTP:
 * <ul>
 *     <li>{@code GET /api/cases/{caseId}/verification}: the case's chain recomputed from the stored events;</li>
 *     <li>{@code POST /api/admin/verification} (202) starts the run over every chain, {@code GET} shows its progress
 *     and, when done, every broken chain (409 while one is running);</li>
 *     <li>{@code POST /api/admin/anchors} (201) takes an anchor now, {@code GET /api/admin/anchors} lists them,
 *     {@code GET /api/admin/anchors/{anchorId}/proofs/{caseId}} proves a case's inclusion in one.</li>
 * </ul>
 */
@RestController
public class IntegrityController {

    private final ChainVerification verification;
    private final VerificationRun run;
    private final Anchors anchors;
    private final JurisdictionScope scope;
    private final QueryGateway queries;

    IntegrityController(ChainVerification verification, VerificationRun run, Anchors anchors,
                        JurisdictionScope scope, QueryGateway queries) {
        this.verification = verification;
        this.run = run;
        this.anchors = anchors;
        this.scope = scope;
        this.queries = queries;
    }

    @GetMapping("/api/cases/{caseId}/verification")
    public ChainVerificationView verify(@PathVariable String caseId) {
        String id = validCaseId(caseId);
        requireVisible(id);
        return verification.verify(id).orElseThrow(QueryRejection::caseNotFound);
    }

    @PostMapping("/api/admin/verification")
    public ResponseEntity<VerificationRun.Status> startRun() {
        if (!run.start()) {
            throw QueryRejection.conflict("VERIFICATION_RUNNING", "A verification run is in progress.");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/verification"))
                             .body(run.status());
    }

    @GetMapping("/api/admin/verification")
    public VerificationRun.Status runStatus() {
        return run.status();
    }

    @PostMapping("/api/admin/anchors")
    public ResponseEntity<AnchorView> takeAnchor() {
        AnchorView anchor = anchors.anchor("ON_DEMAND", actor());
        return ResponseEntity.created(URI.create("/api/admin/anchors/" + anchor.anchorId())).body(anchor);
    }

    @GetMapping("/api/admin/anchors")
    public List<AnchorView> anchors() {
        return anchors.list();
    }

    @GetMapping("/api/admin/anchors/{anchorId}")
    public AnchorView findAnchor(@PathVariable String anchorId) {
        return anchors.find(anchorId).orElseThrow(() -> QueryRejection.notFound("ANCHOR_NOT_FOUND",
                "No anchor with this id is recorded."));
    }

    @GetMapping("/api/admin/anchors/{anchorId}/proofs/{caseId}")
    public AnchorProofView proof(@PathVariable String anchorId, @PathVariable String caseId) {
        AnchorView anchor = findAnchor(anchorId);
        String id = validCaseId(caseId);
        requireVisible(id);
        return anchors.proof(anchor, id).orElseThrow(() -> QueryRejection.notFound(
                "CASE_NOT_IN_ANCHOR", "The case had no event when this anchor was taken."));
    }

    /**
     * The case as the event store has it now: outside the caller's subtree, or confidential to others, it is unknown
     * (404); any case may be confidential, so every caller is checked.
     */
    private void requireVisible(String id) {
        JurisdictionScope.Visible visible = scope.current();
        CaseView view;
        try {
            view = queries.query(new FindCaseAsOf(new CaseId(id), Instant.now()),
                    ResponseTypes.instanceOf(CaseView.class)).join();
        } catch (CompletionException e) {
            // a bus outage or timeout arrives as a problem (503) from the gateway
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
        if (view == null || !visible.covers(view)) {
            throw QueryRejection.caseNotFound();
        }
    }

    /** As elsewhere in the API, a path segment that cannot be a case id names no case: 404. */
    public static String validCaseId(String caseId) {
        if (!CaseId.isValid(caseId)) {
            throw QueryRejection.caseNotFound();
        }
        return new CaseId(caseId).value();
    }

    /** The authenticated caller (an account or a system client), as recorded in the events it causes. */
    public static Actor actor() {
        return Caller.current().map(caller -> new Actor(caller.name())).orElse(Actor.ANONYMOUS);
    }
}
