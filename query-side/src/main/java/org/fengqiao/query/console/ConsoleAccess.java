package org.fengqiao.query.console;

import java.util.List;
import org.fengqiao.platform.security.ApiAccessRules;
import org.fengqiao.platform.security.Caller;

/**
 * Which console pages a caller may open, decided by the API's own rule table ({@link ApiAccessRules}): each page
 * stands for the API request it shows or sends, so the console never lets a role do or see more than the API does,
 * and a new rule row changes both. The navigation lists exactly the pages allowed.
 */
enum ConsoleAccess {

    BOARD("nav.board", "/ui/boards", "GET /api/boards/overview"),
    HIGH_RISK("nav.highRisk", "/ui/high-risk", "GET /api/boards/high-risk"),
    CASES("nav.cases", "/ui/cases", "GET /api/cases"),
    /** Officers record meetings from their queue; supervisors assign from it. */
    QUEUE("nav.queue", "/ui/queues", "POST /api/disputes/_/meetings", "POST /api/disputes/_/assignment"),
    INTAKE("nav.intake", "/ui/intake", "POST /api/disputes"),
    /** Not in the navigation: opened from lists, boards and links. */
    CASE(null, null, "GET /api/cases/_"),
    HISTORY(null, null, "GET /api/cases/_/history"),
    DOSSIER(null, null, "GET /api/cases/_/dossier"),
    ACCESS_LOG(null, null, "GET /api/audit/personal-data-access");

    private final String label;
    private final String href;
    private final String[] apiRequests;

    /** @param apiRequests "METHOD /path" of the API requests the page stands for; any one allowed opens it */
    ConsoleAccess(String label, String href, String... apiRequests) {
        this.label = label;
        this.href = href;
        this.apiRequests = apiRequests;
    }

    boolean allows(Caller caller) {
        return caller != null && java.util.Arrays.stream(apiRequests).map(request -> request.split(" ", 2))
                .anyMatch(request -> ApiAccessRules.allows(caller, request[0], request[1]));
    }

    /** Answers the console's forbidden page unless the current caller may open this page. */
    Caller require() {
        Caller caller = Caller.current().orElse(null);
        if (!allows(caller)) {
            throw ConsoleProblem.forbidden();
        }
        return caller;
    }

    /** One entry of the navigation: a message key and where it leads. */
    record NavItem(String page, String label, String href) {
    }

    /** The navigation of {@code caller}: the pages it may open, in a fixed order. */
    static List<NavItem> navigation(Caller caller) {
        return java.util.Arrays.stream(values())
                .filter(page -> page.label != null && page.allows(caller))
                .map(page -> new NavItem(page.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        page.label, page.href))
                .toList();
    }
}
