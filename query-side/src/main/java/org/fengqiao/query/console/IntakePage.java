package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Locale;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.jurisdiction.NodeLevel;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.query.common.JurisdictionScope;
import org.fengqiao.query.common.NodeNames;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The intake page, {@code /ui/intake}: registers a dispute or a petition with {@code ReceiveDispute} /
 * {@code ReceivePetition}, the commands of {@code POST /api/disputes} and {@code /api/petitions}; the grid is chosen
 * from the caller's part of the jurisdiction tree (a caller bound to a node registers only below it, as the API
 * checks). The answer shows the new case's number and a link to it; a refused intake shows the problem next to the
 * field it concerns and keeps what was typed.
 */
@Controller
@Hidden
class IntakePage {

    private final ConsoleCommands commands;
    private final JurisdictionTree tree;
    private final JurisdictionScope scope;

    IntakePage(ConsoleCommands commands, JurisdictionTree tree, JurisdictionScope scope) {
        this.commands = commands;
        this.tree = tree;
        this.scope = scope;
    }

    @GetMapping("/ui/intake")
    String form(Model model, Locale locale) {
        ConsoleAccess.INTAKE.require();
        return page(IntakeForm.empty(), null, model, locale);
    }

    @PostMapping("/ui/intake")
    String register(@ModelAttribute IntakeForm form, Model model, Locale locale) {
        Caller caller = ConsoleAccess.INTAKE.require();
        ConsoleCommands.Outcome outcome;
        if (form.gridCode() != null && !form.gridCode().isBlank() && !gridVisible(form.gridCode())) {
            outcome = new ConsoleCommands.Outcome(null, CaseRule.OUTSIDE_JURISDICTION.name(), "gridCode", null);
        } else {
            outcome = commands.send(() -> form.command(new Actor(caller.name())));
        }
        if (outcome.accepted()) {
            model.addAttribute("registered", outcome.version());
            return page(IntakeForm.empty(), null, model, locale);
        }
        return page(form, outcome, model, locale);
    }

    private boolean gridVisible(String grid) {
        try {
            return scope.current().covers(new NodeCode(grid));
        } catch (IllegalArgumentException e) {
            // malformed: the case's own rule answers it
            return true;
        }
    }

    private String page(IntakeForm form, ConsoleCommands.Outcome problem, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("sources", DisputeSource.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("roles", PartyRole.values());
        model.addAttribute("categories", List.of(Category.PROPERTY, Category.NEIGHBOUR, Category.FAMILY,
                Category.LABOUR, Category.CONSTRUCTION, Category.LAND, Category.OTHER));
        model.addAttribute("grids", grids(locale));
        return "console/intake";
    }

    /** One group per community or village the caller may register in, with its grids. */
    record GridGroup(@NotPersonalData("a node's name in the jurisdiction tree") String name, List<Grid> grids) {
    }

    record Grid(String code, @NotPersonalData("a grid's name in the jurisdiction tree") String name) {
    }

    private List<GridGroup> grids(Locale locale) {
        JurisdictionScope.Visible visible = scope.current();
        return tree.children(tree.root().code()).stream()
                .map(community -> new GridGroup(NodeNames.of(community.name(), locale),
                        tree.children(community.code()).stream()
                                .filter(node -> node.level() == NodeLevel.GRID && visible.covers(node.code()))
                                .map(grid -> new Grid(grid.code().value(), NodeNames.of(grid.name(), locale)))
                                .toList()))
                .filter(group -> !group.grids().isEmpty())
                .toList();
    }
}
