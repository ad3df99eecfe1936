package org.fengqiao.query.console;

import io.swagger.v3.oas.annotations.Hidden;
import java.time.ZoneId;
import org.fengqiao.boards.HighRiskBoardView;
import org.fengqiao.query.boards.BoardController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The high-risk board, {@code /ui/high-risk}: the open HIGH and CRITICAL cases of a node (the caller's by default),
 * each with its leader and the next check-in due, read through the API's own {@code GET /api/boards/high-risk}
 * (same scope, confidential cases withheld and counted).
 */
@Controller
@Hidden
class HighRiskPage {

    private final BoardController boards;
    private final ZoneId zone;

    HighRiskPage(BoardController boards, @Value("${fengqiao.time-zone:Asia/Shanghai}") String zone) {
        this.boards = boards;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/ui/high-risk")
    String highRisk(@RequestParam(required = false) String node, Model model) {
        ConsoleAccess.HIGH_RISK.require();
        HighRiskBoardView board = ConsoleForms.page(() -> boards.highRisk(node));
        model.addAttribute("board", board);
        model.addAttribute("times", new ConsoleTimes(zone));
        return "console/high-risk";
    }
}
