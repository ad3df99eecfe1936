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
import org.fengqiao.query.web.CaseReads;
import org.fengqiao.query.web.UnitQueueController;
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
 * (assigned to the unit, or dispatched to it and waiting for its answer), the nearest due time first, each with the
 * forms of the actions its reader may take there ({@link QueueAction}), which send the API's commands and show a
 * refusal next to the field it concerns. An officer limited to units sees only their units' queues.
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
     * One case of the queue with the actions offered on it, its open supervision orders and where the unit stands in
     * its dispatch ({@code null}: not named in one).
     */
    record Item(CaseView view, Instant due, List<Offer> actions, List<String> orders,
            DispatchStanding standing) {
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
        return page(caller, unit(caller, unit), null, null, model);
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
            return "redirect:/ui/queues/" + code.value();
        }
        model.addAttribute("form", form);
        return page(caller, code, caseId + ":" + chosen.path(), outcome, model);
    }

    private String page(Caller caller, UnitCode unit, String failedForm, ConsoleCommands.Outcome problem,
            Model model) {
        List<CaseView> queue = ConsoleForms.await(queueOf.queue(unit));
        Map<CaseId, Map<String, String>> orders = supervisionOrders.open(queue.stream().map(CaseView::caseId)
                .toList());
        List<Item> items = new ArrayList<>();
        for (CaseView view : queue) {
            Map<String, String> open = orders.getOrDefault(view.caseId(), Map.of());
            List<Offer> actions = Arrays.stream(QueueAction.values())
                    .filter(action -> action.offered(caller, view, unit, open))
                    .map(action -> new Offer(action.path(), action.fields())).toList();
            items.add(new Item(view, UnitQueueController.dueAt(view, unit), actions, List.copyOf(open.keySet()),
                    view.dispatch() == null ? null : view.dispatch().units().get(unit)));
        }
        model.addAttribute("unit", unit.value());
        model.addAttribute("units", units(caller));
        model.addAttribute("items", items);
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
        return "console/queue";
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
