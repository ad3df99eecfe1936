package org.fengqiao.query.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fengqiao.cases.common.Actor;
import org.fengqiao.cases.common.AddNote;
import org.fengqiao.cases.common.AssignCase;
import org.fengqiao.cases.common.CaseCommand;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.CaseKind;
import org.fengqiao.cases.common.CloseCase;
import org.fengqiao.cases.common.MeetingType;
import org.fengqiao.cases.common.NotPersonalData;
import org.fengqiao.cases.common.Outcome;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.RecordMeeting;
import org.fengqiao.cases.common.Satisfaction;
import org.fengqiao.cases.common.UnitCode;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ServeReply;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.Caller;

/**
 * The actions the work queue offers on a case, each the command of one API endpoint (and allowed to whoever that
 * endpoint's rule allows), built from the fields of its form, named as in the API's bodies. Dispatch, sign-for and
 * return do not exist yet and are not offered.
 */
enum QueueAction {

    ASSIGN("assignment"),
    MEETING("meetings"),
    NOTE("notes"),
    AGREEMENT("agreement"),
    REPLY("reply"),
    CLOSE("closure");

    private final String endpoint;

    QueueAction(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The form of any action: the fields its command takes, blank where not given. */
    record Form(String unit, @NotPersonalData("a staff account: the handling officer") String officer,
            String type, @PersonalData(PersonalData.Kind.NAME) String participants, @PersonalData String minutes,
            @PersonalData String text, @PersonalData String terms, String performBy,
            @PersonalData(PersonalData.Kind.NAME) String mediator,
            @PersonalData(PersonalData.Kind.NAME) String signatories, String opinion, String outcome,
            String satisfaction, @PersonalData String route) {

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

    String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static QueueAction of(String path) {
        return Arrays.stream(values()).filter(action -> action.path().equals(path)).findFirst()
                .orElseThrow(ConsoleProblem::notFound);
    }

    CaseCommand command(CaseId id, CaseKind kind, Form form, Actor actor) {
        return switch (this) {
            case ASSIGN -> new AssignCase(id, kind, blank(form.unit()) ? null : new UnitCode(form.unit()),
                    clean(form.officer()), null, null, actor);
            case MEETING -> new RecordMeeting(id, kind, blank(form.type()) ? null : MeetingType.valueOf(form.type()),
                    Instant.now(), list(form.participants()), form.minutes(), actor);
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
        };
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
