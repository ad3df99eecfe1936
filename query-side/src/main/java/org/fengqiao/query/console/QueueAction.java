package org.fengqiao.query.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.dispatch.DecideDispatchReturn;
import org.fengqiao.cases.dispatch.DispatchCase;
import org.fengqiao.cases.dispatch.ReportContribution;
import org.fengqiao.cases.dispatch.RequestDispatchReturn;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.dispatch.SignForDispatch;
import org.fengqiao.cases.dispatch.WaiveContribution;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.lifecycle.AddNote;
import org.fengqiao.cases.lifecycle.AssignCase;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantRole;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.lifecycle.RecordMeeting;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ServeReply;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.supervision.GiveSupervisionFeedback;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.UrgeCase;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.Caller;

/**
 * The actions the work queue offers on a case, each the command of one API endpoint (and allowed to whoever that
 * endpoint's rule allows), built from the fields of its form, named as in the API's bodies. Which of them a case of
 * the queue shows depends on where it stands for the queue's unit ({@link #offered}): the handling steps on the cases
 * assigned to the unit, signing for and asking to return a case whose dispatch waits for the unit, the decision on a
 * return the unit asked for, a dispatch while none stands, feedback while a supervision order is open, a co-unit's
 * report of its part and its waiver while the signed co-unit owes that report. A meeting's participants are given
 * one per row, by name, or typed with their side and unit as the API takes them (a three-party meeting needs them).
 */
enum QueueAction {

    ASSIGN("assignment", "unit", "officer"),
    MEETING("meetings", "type", "participants", "convener", "minutes"),
    NOTE("notes", "text"),
    AGREEMENT("agreement", "terms", "performBy", "mediator", "signatories"),
    REPLY("reply", "opinion", "text"),
    CLOSE("closure", "outcome", "satisfaction", "route"),
    SIGN("dispatch/sign"),
    RETURN("dispatch/return", "reasonCode", "text"),
    DISPATCH("dispatch", "leadUnit", "coUnits", "instructions"),
    DECIDE("dispatch/return/decision", "decision", "reason"),
    FEEDBACK("supervision/_/feedback", "orderId", "text"),
    URGE("urging", "text"),
    SUPERVISE("supervision", "text"),
    CONTRIBUTE("dispatch/contribution", "text"),
    WAIVE("dispatch/contribution/waiver", "reason");

    private final String endpoint;
    private final List<String> fields;

    QueueAction(String endpoint, String... fields) {
        this.endpoint = endpoint;
        this.fields = List.of(fields);
    }

    /** The form of any action: the fields its command takes, blank where not given. */
    record Form(String unit, @NotPersonalData("a staff account: the handling officer") String officer,
            String type, @PersonalData String minutes,
            @PersonalData String text, @PersonalData String terms, String performBy,
            @PersonalData(PersonalData.Kind.NAME) String mediator,
            @PersonalData(PersonalData.Kind.NAME) String signatories, String opinion, String outcome,
            String satisfaction, @PersonalData String route, String leadUnit, List<String> coUnits,
            @PersonalData String instructions,
            @NotPersonalData("a code of the ReturnReason list") String reasonCode, String decision,
            @PersonalData String reason, String orderId,
            @PersonalData(PersonalData.Kind.NAME) List<String> participantName, @NotPersonalData("codes of the ParticipantSide list") List<String> participantSide,
            @NotPersonalData("unit codes of the jurisdiction tree") List<String> participantUnit, String convener) {

        /** Leaves out names and free text: Spring logs bound forms by their {@code toString()}. */
        @Override
        public String toString() {
            return "Form[unit=" + unit + ", type=" + type + "]";
        }
    }

    /** Whether {@code caller} may send this action on a case of {@code kind} (the API's rule for its endpoint). */
    boolean allows(Caller caller, CaseKind kind) {
        if (this == REPLY && kind != CaseKind.PETITION) {
            return false;
        }
        String kindPath = kind == CaseKind.PETITION ? "petitions" : "disputes";
        return caller != null && ApiAccessRules.allows(caller, "POST", "/api/" + kindPath + "/_/" + endpoint);
    }

    /**
     * Whether the queue of {@code unit} offers this action to {@code caller} on {@code view}, whose open supervision
     * orders are {@code orders} (order id to unit).
     */
    boolean offered(Caller caller, CaseView view, UnitCode unit, Map<String, String> orders) {
        if (!allows(caller, view.kind())) {
            return false;
        }
        DispatchStanding standing = view.dispatch() == null ? null : view.dispatch().units().get(unit);
        return switch (this) {
            case MEETING, NOTE, AGREEMENT, REPLY, CLOSE -> unit.equals(view.unit());
            case SIGN, RETURN -> standing == DispatchStanding.TO_SIGN;
            case DECIDE -> standing == DispatchStanding.RETURN_REQUESTED;
            case DISPATCH -> view.dispatch() == null || view.dispatch().leadUnit() == null;
            case FEEDBACK -> !orders.isEmpty();
            case CONTRIBUTE, WAIVE -> view.dispatch() != null
                    && view.dispatch().contributionsOutstanding().contains(unit);
            case ASSIGN, URGE, SUPERVISE -> true;
        };
    }

    /** The names of the form's fields, as the case's rules name them: a refusal naming one stands next to it. */
    List<String> fields() {
        return fields;
    }

    String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static QueueAction of(String path) {
        return Arrays.stream(values()).filter(action -> action.path().equals(path)).findFirst()
                .orElseThrow(ConsoleProblem::notFound);
    }

    /** The command of this action on the case in the queue of {@code unit}, from {@code form}. */
    CaseCommand command(CaseId id, CaseKind kind, UnitCode unit, Form form, Actor actor) {
        return switch (this) {
            case ASSIGN -> new AssignCase(id, kind, code(form.unit()), clean(form.officer()), null, null, actor);
            case MEETING -> meeting(id, kind, form, actor);
            case NOTE -> new AddNote(id, kind, form.text(), null, actor);
            case AGREEMENT -> kind == CaseKind.DISPUTE
                    ? new ReachMediationAgreement(id, form.terms(), null, date(form.performBy()), form.mediator(),
                            list(form.signatories()), null, actor)
                    : new AgreeHandlingPlan(id, form.terms(), date(form.performBy()), list(form.signatories()), null,
                            actor);
            case REPLY -> new ServeReply(id, blank(form.opinion()) ? null : ReplyOpinion.valueOf(form.opinion()),
                    form.text(), Instant.now(), actor);
            case CLOSE -> new CloseCase(id, kind, blank(form.outcome()) ? null : Outcome.valueOf(form.outcome()),
                    blank(form.satisfaction()) ? null : Satisfaction.valueOf(form.satisfaction()), clean(form.route()),
                    null, null, actor);
            case SIGN -> new SignForDispatch(id, kind, unit, null, actor);
            case RETURN -> new RequestDispatchReturn(id, kind, unit,
                    blank(form.reasonCode()) ? null : ReturnReason.valueOf(form.reasonCode()), form.text(), null,
                    actor);
            case DISPATCH -> new DispatchCase(id, kind, code(form.leadUnit()), form.coUnits() == null ? List.of()
                    : form.coUnits().stream().filter(code -> !blank(code)).map(QueueAction::code).toList(),
                    form.instructions(), null, null, actor);
            case DECIDE -> new DecideDispatchReturn(id, kind, unit,
                    blank(form.decision()) ? null : ReturnDecision.valueOf(form.decision()), form.reason(), null,
                    actor);
            case FEEDBACK -> new GiveSupervisionFeedback(id, kind, clean(form.orderId()), form.text(), null, actor);
            case URGE -> new UrgeCase(id, kind, form.text(), null, actor);
            case SUPERVISE -> new OrderSupervision(id, kind, form.text(), null, null, actor);
            case CONTRIBUTE -> new ReportContribution(id, kind, unit, form.text(), null, actor);
            case WAIVE -> new WaiveContribution(id, kind, unit, form.reason(), null, actor);
        };
    }

    /**
     * A meeting from the form's rows: each row with a name is a participant; if any row gives a side or a unit, every
     * participant is typed (a row without a side is then refused by the case, as the API refuses it), else the names
     * alone are sent.
     */
    private static RecordMeeting meeting(CaseId id, CaseKind kind, Form form, Actor actor) {
        List<String> names = new ArrayList<>();
        List<ParticipantRole> roles = new ArrayList<>();
        boolean typed = false;
        List<String> rows = form.participantName() == null ? List.of() : form.participantName();
        for (int row = 0; row < rows.size(); row++) {
            if (blank(rows.get(row))) {
                continue;
            }
            String side = at(form.participantSide(), row);
            String unit = at(form.participantUnit(), row);
            typed |= !blank(side) || !blank(unit);
            names.add(rows.get(row).strip());
            roles.add(new ParticipantRole(blank(side) ? null : ParticipantSide.valueOf(side), code(unit)));
        }
        return new RecordMeeting(id, kind, blank(form.type()) ? null : MeetingType.valueOf(form.type()),
                Instant.now(), names, form.minutes(), actor, typed ? roles : List.of(), code(form.convener()), null);
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }

    private static UnitCode code(String text) {
        return blank(text) ? null : new UnitCode(text.strip());
    }

    private static List<String> list(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalDate date(String text) {
        return blank(text) ? null : LocalDate.parse(text.strip());
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
