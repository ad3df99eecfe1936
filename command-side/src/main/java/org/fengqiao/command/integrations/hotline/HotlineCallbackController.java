package org.fengqiao.command.integrations.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.aftercare.CaseReopenedForRework;
import org.fengqiao.cases.aftercare.FollowUpMethod;
import org.fengqiao.cases.aftercare.FollowUpRecorded;
import org.fengqiao.cases.aftercare.RecordFollowUp;
import org.fengqiao.cases.aftercare.ReopenForRework;
import org.fengqiao.cases.supervision.OrderSupervision;
import org.fengqiao.cases.supervision.SupervisionOrdered;
import org.fengqiao.cases.supervision.UrgingIssued;
import org.fengqiao.cases.timelimits.DecideHotlineExtension;
import org.fengqiao.cases.timelimits.HotlineExtensionDecided;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.ExternalRef;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.command.cases.lifecycle.CaseHistories;
import org.fengqiao.command.integrations.hotline.HotlineProperties.City;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.command.web.CaseCommands;
import org.fengqiao.platform.security.ApiSecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the 12345 hotline sends back about one of its work orders (issue 21, part 2), each in the city's format (its
 * field map) and naming the order by its number: its follow-up (回访) of the resident, which when the resident is
 * unsatisfied or the matter unresolved sends the order back for rework (重办) once, with a HOTLINE limit in working
 * days to the hotline's new due date; its urge (催办), a supervision order (督办) by the hotline; and its decision
 * on an extension (延期). Each is recorded once: a callback sent again (the hotline retries) finds its event by the time it names and
 * records nothing more. An order number with no case is 404 {@code UNKNOWN_WORK_ORDER}.
 */
@RestController
@RequestMapping("/api/integrations/hotline")
public class HotlineCallbackController extends HotlineEndpoint {

    /** Who the hotline's follow-up reached: the caller of the order (named in the petition, sealed there). */
    static final String CONTACTED = "12345来电人";
    static final String REWORK_REASON = "12345 follow-up: the resident is unsatisfied (不满意), sent back for rework";
    static final String URGE_TEXT = "12345 催办";
    private static final Set<String> YES = Set.of("true", "1", "y", "yes", "是", "已解决");
    private static final Set<String> NO = Set.of("false", "0", "n", "no", "否", "未解决");

    private final CaseCommands commands;
    private final CaseHistories histories;
    private final ZoneId zone;

    HotlineCallbackController(HotlineProperties hotlines, CaseCommands commands, CaseHistories histories,
            ApiSecurityProperties security, TimeLimitPolicy policy) {
        super(hotlines, security);
        this.commands = commands;
        this.histories = histories;
        this.zone = policy.zone();
    }

    /** How the hotline decided on an extension, in our words. */
    enum ExtensionResult {
        APPROVED,
        REFUSED
    }

    @PostMapping("/follow-up-results")
    public HotlineCallbackResponse followUp(@RequestBody HotlineOrderBody body) {
        City city = city().getValue();
        HotlineFields fields = fields(city, body, "A follow-up result");
        Satisfaction satisfaction = required(fields, "follow-up-result",
                fields.code("follow-up-result", city.followUpResults(), Satisfaction.class));
        Boolean resolved = yesOrNo(fields, "resolved");
        Instant at = fields.requiredTime("followed-up-at");
        LocalDate reworkDue = fields.date("rework-due-date");
        Order order = order(city, fields);
        boolean unsatisfied = satisfaction == Satisfaction.DISSATISFIED || Boolean.FALSE.equals(resolved);
        boolean reworkedBefore = order.has(CaseReopenedForRework.class, e -> !e.occurredAt().equals(at));
        if (unsatisfied && !reworkedBefore && reworkDue == null) {
            throw HotlineOrderRejected.invalid(city.key("rework-due-date"), city.key("rework-due-date")
                    + " is required when the resident is unsatisfied: the order goes back for rework until then.");
        }
        if (reworkDue != null && reworkDue.isBefore(LocalDate.ofInstant(at, zone))) {
            throw HotlineOrderRejected.invalid(city.key("rework-due-date"), city.key("rework-due-date")
                    + " lies before the follow-up.");
        }
        Actor hotline = caller();
        CaseVersion version = null;
        if (!order.has(FollowUpRecorded.class, e -> e.occurredAt().equals(at) && e.actor().equals(hotline))) {
            version = commands.send(() -> new RecordFollowUp(order.caseId(), CaseKind.PETITION, CONTACTED,
                    FollowUpMethod.PHONE, satisfaction, resolved, null, at, hotline));
        }
        String rework = null;
        if (unsatisfied && reworkedBefore) {
            rework = "ALREADY_USED";
        } else if (unsatisfied) {
            rework = "REOPENED";
            if (!order.has(CaseReopenedForRework.class, e -> true)) {
                version = commands.send(() -> new ReopenForRework(order.caseId(), CaseKind.PETITION, REWORK_REASON,
                        at, hotline, reworkDue));
            }
        }
        return HotlineCallbackResponse.of(order, version, rework);
    }

    /**
     * The hotline's urge (催办) is its supervision order (督办) to the sub-district: an {@link OrderSupervision} by
     * the hotline's system, its feedback due at 24:00 of the city's {@code feedback-due} date, or, without one, the
     * policy's feedback working days after the urging (as every order's).
     */
    @PostMapping("/urgings")
    public HotlineCallbackResponse urge(@RequestBody HotlineOrderBody body) {
        City city = city().getValue();
        HotlineFields fields = fields(city, body, "An urge");
        Instant at = fields.requiredTime("urged-at");
        String text = fields.text("urge-text");
        LocalDate feedbackDate = fields.date("feedback-due");
        if (feedbackDate != null && feedbackDate.isBefore(LocalDate.ofInstant(at, zone))) {
            throw HotlineOrderRejected.invalid(city.key("feedback-due"), city.key("feedback-due")
                    + " lies before the urge.");
        }
        Instant feedbackBy = feedbackDate == null ? null : feedbackDate.plusDays(1).atStartOfDay(zone).toInstant();
        Order order = order(city, fields);
        Actor hotline = caller();
        CaseVersion version = null;
        if (!order.has(SupervisionOrdered.class, e -> e.occurredAt().equals(at) && e.actor().equals(hotline))
                && !order.has(UrgingIssued.class, e -> e.occurredAt().equals(at) && e.actor().equals(hotline))) {
            version = commands.send(() -> new OrderSupervision(order.caseId(), CaseKind.PETITION,
                    text == null ? URGE_TEXT : text, feedbackBy, at, hotline, city.system()));
        }
        return HotlineCallbackResponse.of(order, version, null);
    }

    @PostMapping("/extensions")
    public HotlineCallbackResponse decideExtension(@RequestBody HotlineOrderBody body) {
        City city = city().getValue();
        HotlineFields fields = fields(city, body, "An extension decision");
        ExtensionResult result = required(fields, "extension-result",
                fields.code("extension-result", city.extensionResults(), ExtensionResult.class));
        LocalDate dueDate = fields.date("extended-due-date");
        if (result == ExtensionResult.APPROVED && dueDate == null) {
            throw HotlineOrderRejected.invalid(city.key("extended-due-date"), city.key("extended-due-date")
                    + " is required when the extension is approved.");
        }
        Instant at = fields.requiredTime("decided-at");
        Order order = order(city, fields);
        Actor hotline = caller();
        CaseVersion version = null;
        if (!order.has(HotlineExtensionDecided.class, e -> e.occurredAt().equals(at) && e.actor().equals(hotline))) {
            version = commands.send(() -> new DecideHotlineExtension(order.caseId(), CaseKind.PETITION,
                    result == ExtensionResult.APPROVED, dueDate, at, hotline));
        }
        return HotlineCallbackResponse.of(order, version, null);
    }

    private HotlineFields fields(City city, HotlineOrderBody body, String what) {
        return new HotlineFields(city, zone, body == null ? null : body.json(), what);
    }

    private static <T> T required(HotlineFields fields, String field, T value) {
        if (value == null) {
            fields.required(field);
        }
        return value;
    }

    private static Boolean yesOrNo(HotlineFields fields, String field) {
        String text = fields.text(field);
        if (text == null) {
            return null;
        }
        String value = text.toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw fields.unreadable(field, "true or false (是 or 否, 1 or 0)");
    }

    /** The case of the order the callback names, with its history; 404 when no case has that order number. */
    private Order order(City city, HotlineFields fields) {
        String orderNo = fields.required("order-no");
        ExternalRef ref;
        try {
            ref = new ExternalRef(city.system(), orderNo);
        } catch (IllegalArgumentException e) {
            throw HotlineOrderRejected.invalid(city.key("order-no"), city.key("order-no")
                    + " must be 1 to 64 letters, digits or . _ : / -.");
        }
        CaseId caseId = ref.caseId(CaseKind.PETITION);
        List<Object> history = histories.eventsOf(caseId);
        if (history.isEmpty()) {
            throw new HotlineOrderRejected(HttpStatus.NOT_FOUND, "UNKNOWN_WORK_ORDER", city.key("order-no"),
                    "No case was registered from a work order with this number.");
        }
        return new Order(caseId, orderNo, history);
    }

    /** A work order's case and its history when the callback came. */
    record Order(CaseId caseId, String orderNo, List<Object> history) {

        <E extends CaseEvent> boolean has(Class<E> type, Predicate<E> matching) {
            return history.stream().filter(type::isInstance).map(type::cast).anyMatch(matching);
        }
    }
}
