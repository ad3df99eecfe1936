package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fengqiao.cases.dispatch.ReturnDecision;
import org.fengqiao.cases.dispatch.ReturnReason;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.lifecycle.ParticipantSide;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.query.DispatchStanding;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.jurisdiction.HandlingUnit;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.boards.SupervisionOrders;
import org.fengqiao.query.caseview.CaseReads;
import org.fengqiao.query.caseview.UnitQueueController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work queue of a handling unit, {@code /ui/queues/{unit}}: the cases of the API's {@code GET /api/queues/{unit}}
 * (assigned to the unit, or dispatched to it and waiting for its answer), the nearest due time first, one compact row
 * each. The forms of the actions its reader may take on a case ({@link QueueAction}), which send the API's commands
 * and show a refusal next to the field it concerns, are loaded when the row is opened
 * ({@code /ui/queues/{unit}/cases/{id}/actions}, under the same rules as the page: another unit's queue or a case the
 * caller may not see is the not-found page), and shown with the page for the case just acted on. An officer limited
 * to units sees only their units' queues.
 */
@Controller
@Hidden
class QueuePage {

    private final UnitQueueController queueOf;
    private final SupervisionOrders supervisionOrders;
    private final JurisdictionTree tree;
    private final CaseReads reads;
    private final ConsoleCommands commands;
    private final ZoneId zone;

    QueuePage(UnitQueueController queueOf, SupervisionOrders supervisionOrders, JurisdictionTree tree,
            CaseReads reads, ConsoleCommands commands, @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        this.queueOf = queueOf;
        this.supervisionOrders = supervisionOrders;
        this.tree = tree;
        this.reads = reads;
        this.commands = commands;
        this.zone = ZoneId.of(zone);
    }

    /**
     * One case of the queue, where the unit stands in its dispatch ({@code null}: not named in one) and, when its row
     * is open, the actions offered on it and its open supervision orders ({@code null} while closed).
     */
    record Item(CaseView view, Instant due, DispatchStanding standing, List<Offer> actions, List<String> orders) {
    }

    /** An action offered on a case: its path and the names of its form's fields. */
    record Offer(String path, List<String> fields) {
    }

    @GetMapping("/ui/queues")
    String own() {
        Caller caller = ConsoleAccess.QUEUE.require();
        return "redirect:/ui/queues/" + units(caller).get(0).code().value();
    }

    @GetMapping("/ui/queues/{unit}")
    String queue(@PathVariable String unit, Model model) {
        Caller caller = ConsoleAccess.QUEUE.require();
        // the case acted on last (a flash attribute of the redirect) stays open
        Object opened = model.getAttribute("opened");
        return page(caller, unit(caller, unit), opened instanceof String id ? id : null, null, null, model);
    }

    /** The forms of the actions {@code caseId}'s row offers, for htmx to put into the row when it is opened. */
    @GetMapping("/ui/queues/{unit}/cases/{caseId}/actions")
    String actions(@PathVariable String unit, @PathVariable String caseId, Model model) {
        Caller caller = ConsoleAccess.QUEUE.require();
        UnitCode code = unit(caller, unit);
        CaseView view = queued(code, caseId);
        model.addAttribute("item", opened(caller, code, view));
        forms(code, null, null, model);
        return "console/queue :: actions";
    }

    @PostMapping("/ui/queues/{unit}/cases/{caseId}/{action}")
    String act(@PathVariable String unit, @PathVariable String caseId, @PathVariable String action,
            @ModelAttribute QueueAction.Form form, Model model, RedirectAttributes redirect) {
        Caller caller = ConsoleAccess.QUEUE.require();
        UnitCode code = unit(caller, unit);
        QueueAction chosen = QueueAction.of(action);
        if (!CaseId.isValid(caseId)) {
            throw ConsoleProblem.notFound();
        }
        CaseId id = new CaseId(caseId);
        CaseView view = ConsoleForms.await(reads.view(id, 0, null));
        if (!chosen.allows(caller, view.kind())) {
            throw ConsoleProblem.forbidden();
        }
        ConsoleCommands.Outcome outcome = commands.send(() -> chosen.command(id, view.kind(), code, form,
                new Actor(caller.name())));
        if (outcome.accepted()) {
            redirect.addFlashAttribute("done", Map.of("caseNumber", String.valueOf(view.caseNumber()), "action",
                    chosen.path(), "version", outcome.version().version()));
            redirect.addFlashAttribute("opened", caseId);
            return "redirect:/ui/queues/" + code.value();
        }
        model.addAttribute("form", form);
        return page(caller, code, caseId, caseId + ":" + chosen.path(), outcome, model);
    }

    /** The queue's rows, the row of {@code opened} (a case id, or {@code null}) with its forms. */
    private String page(Caller caller, UnitCode unit, String opened, String failedForm,
            ConsoleCommands.Outcome problem, Model model) {
        List<CaseView> queue = ConsoleForms.await(queueOf.queue(unit));
        List<Item> items = new ArrayList<>(queue.size());
        for (CaseView view : queue) {
            items.add(view.caseId().value().equals(opened) ? opened(caller, unit, view)
                    : new Item(view, UnitQueueController.dueAt(view, unit), standing(view, unit), null, null));
        }
        model.addAttribute("units", units(caller));
        model.addAttribute("items", items);
        forms(unit, failedForm, problem, model);
        return "console/queue";
    }

    /** A row opened: with the actions {@code caller} may take on the case in the queue of {@code unit}. */
    private Item opened(Caller caller, UnitCode unit, CaseView view) {
        Map<String, String> open = supervisionOrders.open(List.of(view.caseId())).getOrDefault(view.caseId(),
                Map.of());
        List<Offer> actions = Arrays.stream(QueueAction.values())
                .filter(action -> action.offered(caller, view, unit, open))
                .map(action -> new Offer(action.path(), action.fields())).toList();
        return new Item(view, UnitQueueController.dueAt(view, unit), standing(view, unit), actions,
                List.copyOf(open.keySet()));
    }

    /** What the forms need besides their case: the choices of their fields and the refusal of the last one sent. */
    private void forms(UnitCode unit, String failedForm, ConsoleCommands.Outcome problem, Model model) {
        model.addAttribute("unit", unit.value());
        model.addAttribute("failedForm", failedForm);
        model.addAttribute("problem", problem);
        model.addAttribute("times", new ConsoleTimes(zone));
        model.addAttribute("meetingTypes", MeetingType.values());
        model.addAttribute("sides", ParticipantSide.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("opinions", ReplyOpinion.values());
        model.addAttribute("returnReasons", ReturnReason.values());
        model.addAttribute("decisions", ReturnDecision.values());
        model.addAttribute("allUnits", tree.units());
    }

    /**
     * The case {@code caseId} if it is in the queue of {@code unit} (assigned to the unit, or naming it in its
     * dispatch) and the caller may see it; else the not-found page, the same as for an unknown case.
     */
    private CaseView queued(UnitCode unit, String caseId) {
        if (!CaseId.isValid(caseId)) {
            throw ConsoleProblem.notFound();
        }
        CaseView view = ConsoleForms.await(reads.view(new CaseId(caseId), 0, null));
        boolean named = view.dispatch() != null && view.dispatch().units().containsKey(unit);
        if (!unit.equals(view.unit()) && !named) {
            throw ConsoleProblem.notFound();
        }
        return view;
    }

    private static DispatchStanding standing(CaseView view, UnitCode unit) {
        return view.dispatch() == null ? null : view.dispatch().units().get(unit);
    }

    /** The units whose queue the caller may open: an officer limited to units, those; anyone else, all. */
    private List<HandlingUnit> units(Caller caller) {
        List<HandlingUnit> units = tree.units().stream()
                .filter(unit -> !caller.limitedToUnits() || caller.units().contains(unit.code().value()))
                .toList();
        if (units.isEmpty()) {
            throw ConsoleProblem.notFound();
        }
        return units;
    }

    private UnitCode unit(Caller caller, String unit) {
        return units(caller).stream().map(HandlingUnit::code).filter(code -> code.value().equals(unit)).findFirst()
                .orElseThrow(ConsoleProblem::notFound);
    }

}
