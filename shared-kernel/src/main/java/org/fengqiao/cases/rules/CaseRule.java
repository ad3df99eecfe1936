package org.fengqiao.cases.rules;

/**
 * Every rule a command can break, with a stable code that callers may rely on, the field it concerns (if any) and
 * the kind of failure: {@link Kind#INVALID} input, a {@link Kind#CONFLICT} with the case's state, or a case that is
 * {@link Kind#NOT_FOUND}.
 */
public enum CaseRule {
    // intake
    PETITIONER_REQUIRED(Kind.INVALID, "petitioners", "a petition needs at least one petitioner with a name"),
    CHANNEL_REQUIRED(Kind.INVALID, "channel", "a petition needs the channel it came by"),
    SOURCE_REQUIRED(Kind.INVALID, "source", "a dispute needs its source"),
    CATEGORY_REQUIRED(Kind.INVALID, "category", "a case needs a category"),
    SUBJECT_REQUIRED(Kind.INVALID, "subject", "a case needs a subject"),
    CONTENT_REQUIRED(Kind.INVALID, "content", "a petition needs its content"),
    GRID_REQUIRED(Kind.INVALID, "gridCode", "a case needs the grid it belongs to"),
    UNKNOWN_GRID(Kind.INVALID, "gridCode", "the grid is not in the jurisdiction tree"),
    TWO_PARTIES_REQUIRED(Kind.INVALID, "parties", "a dispute needs at least two parties, each with a name and a role"),
    RECEIVED_IN_FUTURE(Kind.INVALID, "receivedAt", "a case cannot be received in the future"),
    UNKNOWN_RELATED_CASE(Kind.INVALID, "relatedCaseId", "the related case id names no petition"),
    // group petitions (联名 / 集体访)
    HEADCOUNT_INVALID(Kind.INVALID, "headcount",
            "a headcount counts the people the petition speaks for, its petitioners included, at most 100000"),
    TOO_MANY_REPRESENTATIVES(Kind.INVALID, "petitioners",
            "a group that speaks for more people than it names chooses at most five representatives"),
    MEMBERS_EXCEED_HEADCOUNT(Kind.INVALID, "members", "a group names no more members than its headcount"),
    GROUP_RISK_LOWERED_BY_SUPERVISOR(Kind.FORBIDDEN, "level",
            "a group petition stays at least HIGH unless a supervisor lowers it, giving the reason"),
    // petition acceptance
    ACCEPTANCE_ALREADY_DECIDED(Kind.CONFLICT, "accepted", "a petition is accepted or not accepted exactly once"),
    ACCEPTANCE_PENDING(Kind.CONFLICT, null, "a petition must be accepted before this"),
    REASON_REQUIRED(Kind.INVALID, "reason", "a reason is required"),
    // assignment
    UNKNOWN_UNIT(Kind.INVALID, "unit", "the handling unit is not in the reference data"),
    // general state
    CASE_CLOSED(Kind.CONFLICT, null, "nothing happens to a closed case"),
    CASE_NOT_FOUND(Kind.NOT_FOUND, null, "no case of this kind with this id"),
    NOT_ASSIGNED(Kind.CONFLICT, null, "the case must be assigned first"),
    // meetings
    MEETING_TYPE_REQUIRED(Kind.INVALID, "type", "a meeting needs a type"),
    MEETING_TIME_REQUIRED(Kind.INVALID, "heldAt", "a meeting needs the time it was held, not in the future"),
    TWO_PARTICIPANTS_REQUIRED(Kind.INVALID, "participants", "a meeting needs at least two participants"),
    MINUTES_REQUIRED(Kind.INVALID, "minutes", "a meeting needs minutes"),
    PARTICIPANT_SIDE_REQUIRED(Kind.INVALID, "participants",
            "typed participants each give their side (PARTY, UNIT, MEDIATOR, LAWYER, GRID_WORKER, OTHER): all or none"),
    PARTICIPANT_UNIT_REQUIRED(Kind.INVALID, "participants",
            "a participant on the UNIT side names its unit code, a participant on another side none"),
    THREE_PARTIES_REQUIRED(Kind.UNPROCESSABLE, "participants",
            "a three-party meeting (三方联席) seats the case's community, the property company and the owners' side"),
    DECISION_TEXT_REQUIRED(Kind.INVALID, "decisions", "each decision of a meeting says what was decided"),
    DECISION_ACTOR_REQUIRED(Kind.INVALID, "decisions",
            "each decision names who acts on it: a known unit or one of the meeting's participants, not both"),
    // agreements and replies
    TERMS_REQUIRED(Kind.INVALID, "terms", "an agreement needs its terms"),
    PERFORM_BY_REQUIRED(Kind.INVALID, "performBy", "an agreement needs the date by which it is performed"),
    MEDIATOR_REQUIRED(Kind.INVALID, "mediator", "a mediation agreement names its mediator"),
    SIGNATURES_INCOMPLETE(Kind.INVALID, "signatories", "every party and the mediator must sign the agreement"),
    MEDIATION_SESSION_REQUIRED(Kind.CONFLICT, null, "a mediation agreement needs at least one mediation session"),
    AGREEMENT_ALREADY_REACHED(Kind.CONFLICT, null, "the case already has an agreement"),
    OPINION_REQUIRED(Kind.INVALID, "opinion", "a reply states its opinion: SUPPORT, EXPLAIN or NOT_SUPPORT"),
    REPLY_TEXT_REQUIRED(Kind.INVALID, "text", "a reply needs its text"),
    SERVED_AT_REQUIRED(Kind.INVALID, "servedAt", "a reply needs the time it was served, not in the future"),
    REPLY_ALREADY_SERVED(Kind.CONFLICT, null, "the written reply has already been served"),
    // mediation is voluntary
    UNKNOWN_PARTY(Kind.INVALID, "party", "the party is not a party to this dispute"),
    MEDIATION_REFUSED(Kind.CONFLICT, null, "a party refused mediation: no mediation session or agreement is possible"),
    // escalation and risk
    LEVEL_REQUIRED(Kind.INVALID, "toLevel", "escalation needs the level to escalate to"),
    ESCALATION_NOT_UPWARD(Kind.CONFLICT, "toLevel", "escalation goes upward only"),
    RISK_LEVEL_REQUIRED(Kind.INVALID, "level", "a risk level is required"),
    RISK_LEVEL_UNCHANGED(Kind.CONFLICT, "level", "the case already has this risk level"),
    // notes and attachments
    TEXT_REQUIRED(Kind.INVALID, "text", "a note needs text"),
    ATTACHMENT_INVALID(Kind.INVALID, "attachment",
            "an attachment needs a name, a media type, a size of zero or more and a SHA-256 of 64 hex digits"),
    CASE_RECORD_FULL(Kind.CONFLICT, null,
            "a case takes notes and attachments while it holds fewer than 1,000 events; go on in a linked case"),
    // closure
    OUTCOME_REQUIRED(Kind.INVALID, "outcome", "closure needs an outcome"),
    OUTCOME_NOT_APPLICABLE(Kind.INVALID, "outcome", "this outcome does not apply to this kind of case or this way"),
    AGREEMENT_REQUIRED(Kind.CONFLICT, "outcome", "a dispute is resolved only with a mediation agreement"),
    AGREEMENT_OR_REPLY_REQUIRED(Kind.CONFLICT, "outcome",
            "a petition is resolved only with an agreed handling plan or a written reply"),
    ROUTE_REQUIRED(Kind.INVALID, "route", "the route the parties were told about is required"),
    REFUSED_MEDIATION_OUTCOME(Kind.CONFLICT, "outcome",
            "after a refusal a dispute closes as MEDIATION_FAILED or REFERRED"),
    // time limits
    LIMIT_REQUIRED(Kind.INVALID, "limit", "name the time limit: ACCEPTANCE, HANDLING, REVIEW, RE_REVIEW or CHECK_IN"),
    LIMIT_NOT_RUNNING(Kind.CONFLICT, "limit", "this time limit is not running on the case"),
    LIMIT_NOT_EXTENDABLE(Kind.CONFLICT, "limit", "only the handling limit may be extended"),
    EXTENSION_ALREADY_USED(Kind.CONFLICT, "limit", "a handling limit is extended once only"),
    EXTENSION_DAYS_INVALID(Kind.INVALID, "days", "an extension is at least 1 day and at most the policy's maximum (30)"),
    APPROVER_REQUIRED(Kind.INVALID, "approver", "an extension names the head who approved it"),
    HEARING_ALREADY_RUNNING(Kind.CONFLICT, null, "a hearing is already running on the case"),
    NO_HEARING_RUNNING(Kind.CONFLICT, null, "no hearing is running on the case"),
    // transfers and objections
    NOT_CURRENT_UNIT(Kind.CONFLICT, "unit", "only the unit the case is assigned to may object"),
    OBJECTION_TOO_LATE(Kind.CONFLICT, null,
            "an objection to an assignment comes within the policy's working days (5) of it"),
    OBJECTION_ALREADY_RAISED(Kind.CONFLICT, null, "the unit has already objected to this assignment"),
    // review and re-review
    REPLY_REQUIRED(Kind.CONFLICT, null, "review is requested on a written reply"),
    REVIEW_TOO_LATE(Kind.CONFLICT, null, "review and re-review are requested within the policy's days (30) of the reply"),
    REVIEW_EXHAUSTED(Kind.CONFLICT, null, "after re-review the matter is not reviewed or accepted again"),
    REVIEW_BY_SAME_BODY(Kind.CONFLICT, null,
            "a review or re-review is answered by another body than the one whose reply it reviews"),
    REVIEW_LEVEL_TOO_LOW(Kind.CONFLICT, null,
            "a review is answered by a body one level above the one that replied, a re-review one above that"),
    // high risk
    RISK_REASON_REQUIRED(Kind.INVALID, "riskReason", "a risk level above LOW at intake needs its reason"),
    POLICE_INFORMED_REQUIRED(Kind.INVALID, "policeInformed",
            "a change to HIGH or CRITICAL states whether the police were informed"),
    NOT_HIGH_RISK(Kind.CONFLICT, "level", "only a HIGH or CRITICAL case has a leader and check-ins"),
    LEADER_REQUIRED(Kind.INVALID, "leader", "name the leader who owns the case"),
    LEADER_NOT_ASSIGNED(Kind.CONFLICT, null, "a HIGH or CRITICAL case needs a named leader who owns it first"),
    NOTE_REQUIRED(Kind.INVALID, "note", "a check-in needs a note"),
    // data subjects' rights (restriction and erasure)
    UNKNOWN_DATA_SUBJECT(Kind.NOT_FOUND, "subject", "the case names no data subject with this number"),
    PERSONAL_DATA_RESTRICTED(Kind.CONFLICT, null,
            "the personal data of a data subject of the case is restricted: no further processing until it is lifted"),
    ALREADY_RESTRICTED(Kind.CONFLICT, "subject", "the data subject's personal data is already restricted"),
    NOT_RESTRICTED(Kind.CONFLICT, "subject", "the data subject's personal data is not restricted"),
    DATA_SUBJECT_ERASED(Kind.CONFLICT, "subject", "the data subject's personal data was erased"),
    RETENTION_APPLIES(Kind.CONFLICT, null,
            "personal data is still needed, an open case's to handle it, a closed case's for its retention period "
                    + "(possibleFrom: when erasure becomes possible): restrict it instead of erasing it"),
    // confidential cases
    CONFIDENTIAL_AUDIENCE_REQUIRED(Kind.INVALID, "roles",
            "a confidential case names at least one role or account that may see it"),
    UNKNOWN_ROLE(Kind.INVALID, "roles",
            "a role is one of INTAKE, OFFICER, SUPERVISOR, AUDITOR, ADMIN or SYSTEM"),
    ACCOUNT_NAME_INVALID(Kind.INVALID, "accounts", "an account name is 1 to 64 letters, digits or . _ @ : -"),
    NOT_CONFIDENTIAL(Kind.CONFLICT, null, "the case is not marked confidential"),
    // dispatch (分流交办), sign-for, return and co-handling
    LEAD_UNIT_REQUIRED(Kind.INVALID, "leadUnit", "a dispatch names a known lead unit"),
    CO_UNITS_INVALID(Kind.INVALID, "coUnits", "co-handling units are known units, distinct, other than the lead unit"),
    INSTRUCTIONS_REQUIRED(Kind.INVALID, "instructions", "a dispatch gives its instructions"),
    SIGN_BY_NOT_AHEAD(Kind.INVALID, "signBy", "the time to sign by lies after the dispatch"),
    ALREADY_DISPATCHED(Kind.CONFLICT, null, "the case is dispatched; it is dispatched again only after a return"),
    NOT_DISPATCHED(Kind.CONFLICT, null, "the case is not dispatched"),
    NOT_A_DISPATCHED_UNIT(Kind.CONFLICT, "unit", "the unit is not named in the dispatch"),
    DISPATCH_ALREADY_ANSWERED(Kind.CONFLICT, "unit", "the unit has already signed for the case or asked to return it"),
    RETURN_REASON_REQUIRED(Kind.INVALID, "reasonCode",
            "a return names its reason: NOT_OUR_AREA, NOT_OUR_DUTY, OWNERSHIP_UNCLEAR or OTHER"),
    NO_RETURN_REQUESTED(Kind.CONFLICT, "unit", "the unit has not asked to return the case"),
    DECISION_REQUIRED(Kind.INVALID, "decision", "a decision on a return is APPROVE or REFUSE"),
    NOT_A_CO_UNIT(Kind.CONFLICT, "unit", "the unit is not a co-handling unit of the dispatch"),
    NOT_SIGNED(Kind.CONFLICT, "unit", "the unit signs for the case first"),
    CONTRIBUTION_ALREADY_SETTLED(Kind.CONFLICT, "unit", "the co-handling unit has already reported or been waived"),
    CONTRIBUTIONS_OUTSTANDING(Kind.CONFLICT, null,
            "the case closes once every co-handling unit has reported its part or been waived"),
    // agreement terms and their performance (人民调解法 Arts. 28-31)
    TERM_TEXT_REQUIRED(Kind.INVALID, "obligations", "each term of an agreement says what is to be done"),
    TERM_OBLIGOR_REQUIRED(Kind.INVALID, "obligations",
            "each term names exactly one obligor: a person or company (obligor) or a known handling unit (unit)"),
    TERM_OBLIGOR_NOT_A_PARTY(Kind.INVALID, "obligations",
            "a term of a mediation agreement binds a party of the dispute or a handling unit"),
    TERM_DUE_BY_INVALID(Kind.INVALID, "obligations",
            "each term has a due date (dueBy), not before the day of the agreement"),
    SEALED_BY_NOT_SIGNATORY(Kind.INVALID, "sealedBy", "who signs by seal is among the signatories"),
    NO_AGREEMENT_TERMS(Kind.CONFLICT, null, "the case has no agreement with terms"),
    UNKNOWN_TERM(Kind.INVALID, "term", "the agreement has no term with this number"),
    PERFORMANCE_STATUS_REQUIRED(Kind.INVALID, "status", "performance is PERFORMED, PARTLY or NOT_PERFORMED"),
    TERM_ALREADY_PERFORMED(Kind.CONFLICT, "term", "the term was recorded as performed"),
    TERMS_ALL_PERFORMED(Kind.CONFLICT, null, "every term of the agreement is performed: nothing to decide"),
    TERMS_NOT_PERFORMED(Kind.CONFLICT, "outcome",
            "closing as RESOLVED needs every term performed or a supervisor's decision; else close with another outcome"),
    // 12345 hotline work orders
    HOTLINE_DUE_DATE_REQUIRED(Kind.INVALID, "dueDate", "a hotline work order gives its due date"),
    HOTLINE_DUE_DATE_PASSED(Kind.INVALID, "dueDate", "a hotline work order's due date is not before its dispatch"),
    HOTLINE_LIMIT_NOT_RUNNING(Kind.CONFLICT, null, "the case has no running 12345 limit to extend"),
    EXTENSION_NOT_LATER(Kind.INVALID, "dueDate", "an extended due date lies after the limit's last day"),
    // urging (催办) and supervision orders (督办)
    FEEDBACK_BY_NOT_AHEAD(Kind.INVALID, "feedbackBy", "the time for the feedback lies after the order"),
    UNKNOWN_SUPERVISION_ORDER(Kind.NOT_FOUND, "orderId", "the case has no supervision order with this id"),
    FEEDBACK_ALREADY_GIVEN(Kind.CONFLICT, "orderId", "the supervision order has its feedback already"),
    SUPERVISION_ALREADY_LISTED(Kind.CONFLICT, null,
            "the case is under listed supervision already; its order's feedback comes first"),
    // notices served (告知 / 送达)
    NOTICE_TYPE_REQUIRED(Kind.INVALID, "type", "a notice names its type: ACCEPTANCE, NON_ACCEPTANCE, EXTENSION or REPLY"),
    NOTICE_METHOD_REQUIRED(Kind.INVALID, "method", "a notice names how it was served: IN_PERSON, POST, SMS or ONLINE"),
    NOTICE_RECIPIENT_REQUIRED(Kind.INVALID, "to", "a notice names the person it was served on"),
    NOTICE_DATE_REQUIRED(Kind.INVALID, "date", "a notice needs the date it was served, not in the future"),
    NOTHING_TO_NOTIFY(Kind.CONFLICT, "type",
            "no document of this type to serve: the decision, extension or reply comes first"),
    NOTICE_ALREADY_SERVED(Kind.CONFLICT, "type", "this document has already been served"),
    // linked and merged cases (关联 / 并案); a case the caller may not see is CASE_NOT_FOUND, like an unknown one
    LINK_TARGET_REQUIRED(Kind.INVALID, "targetId", "a link names the other case's id"),
    LINK_TO_ITSELF(Kind.CONFLICT, "targetId", "a case is not linked to itself"),
    ALREADY_LINKED(Kind.CONFLICT, "targetId", "the two cases are linked already"),
    PRIMARY_REQUIRED(Kind.INVALID, "primaryId", "a merger names the primary case's id"),
    MERGE_INTO_ITSELF(Kind.CONFLICT, "primaryId", "a case is not merged into itself"),
    MERGE_ACROSS_KINDS(Kind.CONFLICT, "primaryId",
            "a duplicate merges into a primary of its own kind; a petition and a dispute are linked instead"),
    PRIMARY_CLOSED(Kind.CONFLICT, "primaryId", "the primary case is closed (or merged itself)"),
    ALREADY_MERGED(Kind.CONFLICT, null, "the case was merged into its primary already"),
    // follow-up visits (回访) and rework (重办) after closure
    FOLLOW_UP_NOT_DUE(Kind.CONFLICT, null,
            "a follow-up comes after closure as RESOLVED, MEDIATION_FAILED or REFERRED"),
    CONTACTED_REQUIRED(Kind.INVALID, "contacted", "a follow-up names who was contacted, a person or a representative"),
    FOLLOW_UP_METHOD_REQUIRED(Kind.INVALID, "method", "a follow-up is IN_PERSON, PHONE, SMS or ONLINE"),
    SATISFACTION_REQUIRED(Kind.INVALID, "satisfaction",
            "a follow-up records SATISFIED, BASICALLY_SATISFIED or DISSATISFIED"),
    REWORK_ALREADY_USED(Kind.CONFLICT, null, "a case is reopened for rework once"),
    REWORK_NOT_WARRANTED(Kind.CONFLICT, null,
            "rework reopens a closed case whose follow-up found the matter unresolved or the resident dissatisfied"),
    // judicial confirmation of a mediation agreement (人民调解法 Art. 33)
    CONFIRMATION_AGREEMENT_REQUIRED(Kind.CONFLICT, null,
            "judicial confirmation needs a mediation agreement in effect"),
    COURT_REQUIRED(Kind.INVALID, "court", "an application for judicial confirmation names the court"),
    APPLIED_AT_REQUIRED(Kind.INVALID, "appliedAt",
            "an application for judicial confirmation needs the time it was made, not in the future"),
    DECIDED_AT_REQUIRED(Kind.INVALID, "decidedAt", "the court's decision needs the time it was given, not in the future"),
    CONFIRMATION_WINDOW_CLOSED(Kind.CONFLICT, "appliedAt",
            "the parties apply for judicial confirmation within 30 days of the agreement taking effect"),
    CONFIRMATION_ALREADY_APPLIED(Kind.CONFLICT, null, "the agreement's judicial confirmation was applied for already"),
    CONFIRMATION_NOT_APPLIED(Kind.CONFLICT, null, "no application for judicial confirmation awaits a decision"),
    JUDICIAL_DECISION_REQUIRED(Kind.INVALID, "decision", "the court's decision is CONFIRMED or REJECTED"),
    COURT_REFERENCE_REQUIRED(Kind.INVALID, "courtReference", "the court's decision names its case number"),
    // who may act (the caller's jurisdiction node and handling units)
    OUTSIDE_JURISDICTION(Kind.FORBIDDEN, "gridCode", "the grid lies outside your jurisdiction"),
    NOT_YOUR_UNIT(Kind.FORBIDDEN, null, "the case is assigned to a handling unit you do not act for"),
    // business time (the field is the command's own: occurredAt, receivedAt, heldAt or servedAt)
    BUSINESS_TIME_IN_FUTURE(Kind.INVALID, "occurredAt", "what happened cannot lie in the future"),
    BUSINESS_TIME_BEFORE_PREVIOUS(Kind.INVALID, "occurredAt",
            "what happened cannot lie before the case's previous business time"),
    BUSINESS_TIME_TOO_FAR_BACK(Kind.INVALID, "occurredAt",
            "only a supervisor, giving occurredAtReason, may record what happened more than the allowed days back"),
    BACKDATING_REASON_REQUIRED(Kind.INVALID, "occurredAtReason",
            "recording what happened more than the allowed days back needs the supervisor's reason");

    /** What kind of failure a rule reports; the HTTP layer maps it to 400, 409, 404, 403 or 422. */
    public enum Kind {
        INVALID,
        /** Well-formed, but not what the rule needs to be there (the parties a meeting of its type seats). */
        UNPROCESSABLE,
        CONFLICT,
        NOT_FOUND,
        FORBIDDEN
    }

    private final Kind kind;
    private final String field;
    private final String description;

    CaseRule(Kind kind, String field, String description) {
        this.kind = kind;
        this.field = field;
        this.description = description;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field the rule concerns, or {@code null} for a rule about the case's state. */
    public String field() {
        return field;
    }

    public String description() {
        return description;
    }
}
