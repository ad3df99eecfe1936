package org.fengqiao.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The name and one-line summary of every operation of the API, in one table, keyed by method and path as the OpenAPI
 * document writes them. Generated clients name their methods after the {@code operationId}, so each is unique and
 * says what the call does (springdoc would take the Java method name, {@code receive_1} for the second
 * {@code receive}). A controller method annotated with a summary of its own keeps it. A route without a row and
 * without an annotated summary has no summary, which {@code OpenApiDocumentIT} rejects: a new route gets a row here.
 */
public final class ApiOperations {

    /** An operation's {@code operationId} and summary. */
    public record Described(String operationId, String summary) {
    }

    private static final Map<String, Described> TABLE = new LinkedHashMap<>();

    static {
        row("POST /api/petitions", "receivePetition",
                "Register a petition, with its type (SUGGESTION, REPORT_OR_COMPLAINT, APPEAL_OR_REQUEST) and respondents");
        row("POST /api/disputes", "receiveDispute", "Register a dispute");
        row("POST /api/petitions/{caseId}/acceptance", "decideAcceptance", "Accept or decline a petition");
        row("POST /api/petitions/{caseId}/agreement", "agreeHandlingPlan", "Record a petition's agreed handling plan");
        row("POST /api/petitions/{caseId}/reply", "serveReply", "Serve the written reply to a petition");
        row("POST /api/petitions/{caseId}/review", "requestReview", "Request a review of a petition's reply");
        row("POST /api/disputes/{caseId}/refusal", "recordRefusal", "Record a party's refusal of mediation");
        row("POST /api/disputes/{caseId}/agreement", "reachMediationAgreement", "Record a mediation agreement");
        row("POST /api/{kind}/{caseId}/assignment", "assignCase", "Assign a case to a unit and officer");
        row("POST /api/{kind}/{caseId}/meetings", "recordMeeting", "Record a meeting held on a case");
        row("POST /api/{kind}/{caseId}/escalation", "escalateCase", "Escalate a case one or more levels up");
        row("POST /api/{kind}/{caseId}/risk", "changeRiskLevel", "Change a case's risk level");
        row("POST /api/{kind}/{caseId}/risk-leader", "assignRiskLeader", "Assign the leader of a high-risk case");
        row("POST /api/{kind}/{caseId}/check-ins", "recordCheckIn", "Record a risk leader's check-in");
        row("POST /api/{kind}/{caseId}/deadline-extension", "extendDeadline", "Extend a case's handling limit once");
        row("POST /api/{kind}/{caseId}/hearing/start", "startHearing", "Start a hearing (suspends the time limits)");
        row("POST /api/{kind}/{caseId}/hearing/end", "endHearing", "End a hearing (moves the time limits)");
        row("POST /api/{kind}/{caseId}/objection", "objectToAssignment", "Object to a case's assignment");
        row("POST /api/{kind}/{caseId}/notes", "addNote", "Add a note to a case");
        row("POST /api/{kind}/{caseId}/dispatch", "dispatchCase", "Dispatch a case to a lead unit and co-handling units");
        row("POST /api/{kind}/{caseId}/dispatch/sign", "signForDispatch", "Sign for a dispatched case (a named unit)");
        row("POST /api/{kind}/{caseId}/dispatch/return", "requestDispatchReturn", "Ask to return a dispatched case");
        row("POST /api/{kind}/{caseId}/dispatch/return/decision", "decideDispatchReturn",
                "Approve or refuse a unit's return of a dispatched case");
        row("POST /api/{kind}/{caseId}/dispatch/contribution", "reportContribution",
                "Report a co-handling unit's part of the handling");
        row("POST /api/{kind}/{caseId}/dispatch/contribution/waiver", "waiveContribution",
                "Waive a co-handling unit's report so the case may close");
        row("POST /api/{kind}/{caseId}/performance", "recordPerformance",
                "Record how far a term of the case's agreement was performed");
        row("POST /api/{kind}/{caseId}/performance/waiver", "waivePerformance",
                "Let a case close as resolved with terms of its agreement open (supervisor)");
        row("POST /api/{kind}/{caseId}/urging", "urgeCase", "Urge the unit responsible for a case (催办)");
        row("POST /api/{kind}/{caseId}/supervision", "orderSupervision",
                "List a case for supervision (挂牌督办), with the unit's feedback due");
        row("POST /api/{kind}/{caseId}/supervision/{orderId}/feedback", "giveSupervisionFeedback",
                "Answer a supervision order of a case in writing (督办反馈)");
        row("POST /api/petitions/{caseId}/notices", "serveNotice",
                "Record a notice served on the petitioner (acceptance, non-acceptance, extension, reply)");
        row("POST /api/{kind}/{caseId}/links", "linkCase",
                "Link a case to another case about the same matter (关联); both cases record the link");
        row("POST /api/{kind}/{caseId}/merge", "mergeCase",
                "Merge a duplicate into its primary case (重复件 / 并案): the duplicate closes as MERGED");
        row("POST /api/{kind}/{caseId}/follow-ups", "recordFollowUp", "Record a follow-up visit after closure");
        row("POST /api/{kind}/{caseId}/rework", "reopenForRework",
                "Reopen a closed case once for rework after a follow-up (supervisor)");
        row("POST /api/disputes/{caseId}/judicial-confirmation", "applyForJudicialConfirmation",
                "Record the parties' joint application for judicial confirmation of their mediation agreement (司法确认)");
        row("POST /api/disputes/{caseId}/judicial-confirmation/decision", "decideJudicialConfirmation",
                "Record the court's decision on a judicial confirmation: CONFIRMED or REJECTED");
        row("GET /api/queues/{unit}", "unitQueue", "A handling unit's open cases, soonest due first");
        row("POST /api/integrations/hotline/orders", "receiveHotlineOrder",
                "Register a 12345 hotline work order as a dispatched petition");
        row("POST /api/integrations/hotline/follow-up-results", "receiveHotlineFollowUp",
                "Record the 12345 hotline's follow-up of its order; unsatisfied, the order goes back for rework once");
        row("POST /api/integrations/hotline/urgings", "receiveHotlineUrge",
                "Record the 12345 hotline's urge (催办) of its order as its supervision order (督办)");
        row("POST /api/integrations/hotline/extensions", "receiveHotlineExtensionDecision",
                "Record the 12345 hotline's decision on an extension (延期) of its order");
        row("POST /api/{kind}/{caseId}/hotline-extension", "requestHotlineExtension",
                "Ask the 12345 hotline to extend its work order to a later due date (延期申请)");
        row("POST /api/{kind}/{caseId}/attachments", "recordAttachment", "Record an attachment of a case");
        row("POST /api/{kind}/{caseId}/closure", "closeCase", "Close a case with an outcome");
        row("POST /api/cases/{caseId}/confidentiality", "markConfidential", "Mark a case confidential to an audience");
        row("POST /api/cases/{caseId}/confidentiality/lifting", "liftConfidentiality", "Lift a case's confidentiality");
        row("POST /api/cases/{caseId}/data-subjects/{subject}/restriction", "restrictPersonalData",
                "Restrict the processing of a data subject's personal data");
        row("POST /api/cases/{caseId}/data-subjects/{subject}/restriction/lifting", "liftRestriction",
                "Lift the restriction of a data subject's personal data");
        row("POST /api/cases/{caseId}/data-subjects/{subject}/erasure", "erasePersonalData",
                "Erase a data subject's personal data (closed cases)");
        row("POST /api/cases/{caseId}/case-record/destruction", "destroyCaseRecord",
                "Destroy the key of a case's record (the staff's texts) once its retention period has ended");
        row("GET /api/cases", "listCases", "List the cases in the caller's scope, filtered and paged");
        row("GET /api/cases/{caseId}", "findCase", "Find a case's current view (ETag = its version)");
        row("GET /api/cases/{caseId}/stream", "streamCase", "Follow a case's view as server-sent events");
        row("GET /api/cases/{caseId}/history", "caseHistory", "A case's full history, event by event");
        row("GET /api/cases/{caseId}/dossier", "exportDossier", "Export a case's dossier (JSON or printable HTML)");
        row("GET /api/cases/{caseId}/verification", "verifyCase", "Verify a case's hash chain");
        row("GET /api/jurisdictions", "jurisdictionTree", "The jurisdiction tree and its units");
        row("GET /api/boards/overview", "overviewBoard", "The supervisors' overview board");
        row("GET /api/boards/overview/stream", "streamOverviewBoard", "Follow the overview board as server-sent events");
        row("GET /api/boards/overview/changes", "overviewBoardChanges", "How the overview board changed in a period");
        row("GET /api/boards/overview/cases", "overviewFigureCases", "The cases behind a figure of the overview board");
        row("GET /api/boards/high-risk", "highRiskBoard", "The high-risk board");
        row("GET /api/boards/high-risk/stream", "streamHighRiskBoard", "Follow the high-risk board as server-sent events");
        row("GET /api/boards/dispatch", "dispatchBoard",
                "The dispatch board: per unit, cases unsigned, awaiting a return decision, returned, awaiting a report");
        row("GET /api/audit/personal-data-access", "personalDataAccessLog", "Who read which personal values, when");
        row("GET /api/personal-data/retention-ended", "retentionEnded",
                "Closed cases whose retention period has ended (listed for a decision, not erased)");
        row("GET /api/admin/replay", "replayStatus", "The state of the projection rebuilds");
        row("POST /api/admin/replay", "startReplay", "Rebuild a projection from the event store");
        row("GET /api/admin/verification", "verificationStatus", "The state of the store-wide chain verification");
        row("POST /api/admin/verification", "startVerification", "Verify every case chain in the store");
        row("GET /api/admin/anchors", "listAnchors", "Every anchor taken");
        row("POST /api/admin/anchors", "takeAnchor", "Take an anchor of every case chain now");
        row("GET /api/admin/anchors/{anchorId}", "findAnchor", "One anchor");
        row("GET /api/admin/anchors/{anchorId}/proofs/{caseId}", "anchorProof",
                "The proof that a case's head is in an anchor");
        row("POST /api/subscriptions", "createSubscription", "Subscribe a system to case events (webhooks)");
        row("GET /api/subscriptions", "listSubscriptions", "The subscriptions (a system client: its own)");
        row("GET /api/subscriptions/{subscriptionId}", "findSubscription", "One subscription, without its secrets");
        row("POST /api/subscriptions/{subscriptionId}", "changeSubscription",
                "Change a subscription's URL, event types, node or active flag");
        row("POST /api/subscriptions/{subscriptionId}/secrets", "rotateSubscriptionSecret",
                "Rotate a subscription's signing secret");
        row("GET /api/subscriptions/{subscriptionId}/deliveries", "subscriptionDeliveries",
                "A subscription's delivery log: attempts, status, latency");
        row("GET /api/subscriptions/{subscriptionId}/dead-letters", "subscriptionDeadLetters",
                "The events a subscription's receiver did not accept");
        row("POST /api/subscriptions/{subscriptionId}/dead-letters/retry", "retrySubscriptionDeadLetters",
                "Deliver a subscription's dead letters again, in order");
        row("POST /api/subscriptions/{subscriptionId}/replay", "replaySubscription",
                "Deliver a subscription's events again from a position or time");
    }

    private ApiOperations() {
    }

    /** The row of an operation, e.g. {@code ("POST", "/api/petitions")}. */
    public static Optional<Described> of(String method, String path) {
        return Optional.ofNullable(TABLE.get(method.toUpperCase() + " " + path));
    }

    /**
     * The group of an operation, from its path, by feature rather than by controller class (generated clients make a
     * class of each: {@code LifecycleApi}, {@code CasesApi}): the commands common to both kinds are "lifecycle", the
     * others are named after their first path segment.
     */
    public static String tagOf(String path) {
        String[] segments = path.split("/");
        if (segments.length < 3 || !"api".equals(segments[1])) {
            return "other";
        }
        return segments[2].startsWith("{") ? "lifecycle" : segments[2];
    }

    private static void row(String route, String operationId, String summary) {
        if (TABLE.put(route, new Described(operationId, summary)) != null) {
            throw new IllegalStateException("two rows for " + route);
        }
    }
}
