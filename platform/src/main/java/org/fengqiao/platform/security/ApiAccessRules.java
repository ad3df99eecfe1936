package org.fengqiao.platform.security;

import static org.fengqiao.platform.security.Role.ADMIN;
import static org.fengqiao.platform.security.Role.AUDITOR;
import static org.fengqiao.platform.security.Role.INTAKE;
import static org.fengqiao.platform.security.Role.OFFICER;
import static org.fengqiao.platform.security.Role.SUPERVISOR;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint's rule, in one place: which roles may call it and which grant lets a system client call it. The
 * first row whose method and path match decides; {@code HEAD} is decided as {@code GET} (Spring MVC answers it by
 * running the GET handler, so a dossier export or an audit read happens all the same). What no row names:
 * {@link #PUBLIC} paths are open to everyone, other reads (GET, HEAD) to any authenticated caller (so an unknown path
 * answers 404 and a wrong method 405), and every other method (POST without a row, PUT, PATCH, DELETE, OPTIONS, ...)
 * is refused, so a new command endpoint stays closed until it gets its row here. Jurisdiction scope and the officer's
 * units are checked on top of this, by the case itself and by the queries.
 */
public final class ApiAccessRules {

    /** Open without credentials: the probes and the error page. */
    public static final List<String> PUBLIC = List.of("/actuator/health", "/actuator/health/**", "/actuator/info",
            "/error");

    /**
     * Open without credentials from this machine only (a scraper or an operator on the host); from anywhere else they
     * take credentials: metrics as their row says, the API description for any authenticated caller.
     */
    public static final List<String> OPEN_ON_LOOPBACK = List.of("/actuator/prometheus", "/v3/api-docs",
            "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**");

    /** The rule table. Path segments: {@code *} one segment (a kind or a case id), {@code **} the rest. */
    public static final List<Rule> RULES = List.of(
            rule("POST", "/api/petitions", "register", INTAKE),
            rule("POST", "/api/disputes", "register", INTAKE),
            rule("POST", "/api/petitions/*/acceptance", "acceptance", SUPERVISOR),
            rule("POST", "/api/*/*/assignment", "assignment", SUPERVISOR),
            rule("POST", "/api/*/*/escalation", "escalation", SUPERVISOR),
            rule("POST", "/api/*/*/meetings", "meetings", OFFICER),
            rule("POST", "/api/disputes/*/refusal", "refusal", OFFICER),
            rule("POST", "/api/*/*/agreement", "agreement", OFFICER),
            rule("POST", "/api/petitions/*/reply", "reply", OFFICER),
            rule("POST", "/api/*/*/closure", "closure", OFFICER),
            rule("POST", "/api/*/*/risk", "risk", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/deadline-extension", "deadline-extension", SUPERVISOR),
            rule("POST", "/api/*/*/hearing/start", "hearing", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/hearing/end", "hearing", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/objection", "objection", OFFICER),
            rule("POST", "/api/petitions/*/review", "review", INTAKE, SUPERVISOR),
            rule("POST", "/api/*/*/risk-leader", "risk-leader", SUPERVISOR),
            rule("POST", "/api/*/*/check-ins", "check-ins", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/notes", "notes", INTAKE, OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/attachments", "attachments", INTAKE, OFFICER, SUPERVISOR),
            rule("POST", "/api/cases/*/data-subjects/*/restriction", null, SUPERVISOR, ADMIN),
            rule("POST", "/api/cases/*/data-subjects/*/restriction/lifting", null, SUPERVISOR, ADMIN),
            rule("POST", "/api/cases/*/data-subjects/*/erasure", null, ADMIN),
            rule("GET", "/api/audit/personal-data-access", null, AUDITOR),
            rule("POST", "/api/cases/*/confidentiality", null, SUPERVISOR, ADMIN),
            rule("POST", "/api/cases/*/confidentiality/lifting", null, SUPERVISOR, ADMIN),
            rule("GET", "/api/cases/*/history", "history", OFFICER, SUPERVISOR, AUDITOR),
            rule("GET", "/api/cases/*/dossier", null, OFFICER, SUPERVISOR, AUDITOR),
            rule("GET", "/api/cases/*/verification", "history", OFFICER, SUPERVISOR, AUDITOR),
            rule("GET", "/api/cases", "read", INTAKE, OFFICER, SUPERVISOR, AUDITOR),
            rule("GET", "/api/cases/**", "read", INTAKE, OFFICER, SUPERVISOR, AUDITOR),
            rule("GET", "/api/boards/**", "boards", SUPERVISOR, AUDITOR),
            rule("GET", "/api/jurisdictions", "read", INTAKE, OFFICER, SUPERVISOR, AUDITOR, ADMIN),
            rule("POST", "/api/admin/replay", null, ADMIN),
            rule("GET", "/api/admin/replay", null, ADMIN, AUDITOR),
            rule("POST", "/api/admin/verification", null, ADMIN, AUDITOR),
            rule("GET", "/api/admin/verification", null, ADMIN, AUDITOR),
            rule("POST", "/api/admin/anchors", null, ADMIN, AUDITOR),
            rule("GET", "/api/admin/anchors/**", null, ADMIN, AUDITOR),
            rule("GET", "/api/admin/anchors", null, ADMIN, AUDITOR),
            rule("POST", "/api/subscriptions", null, ADMIN),
            rule("POST", "/api/subscriptions/**", null, ADMIN),
            rule("GET", "/api/subscriptions", null, ADMIN, Role.SYSTEM),
            rule("GET", "/api/subscriptions/*", null, ADMIN, Role.SYSTEM),
            rule("GET", "/api/subscriptions/**", null, ADMIN),
            rule("POST", "/api/*/*/dispatch", "dispatch", SUPERVISOR),
            rule("POST", "/api/*/*/dispatch/sign", "dispatch", OFFICER),
            rule("POST", "/api/*/*/dispatch/return", "dispatch", OFFICER),
            rule("POST", "/api/*/*/dispatch/return/decision", "dispatch", SUPERVISOR),
            rule("POST", "/api/*/*/dispatch/contribution", "dispatch", OFFICER),
            rule("POST", "/api/*/*/dispatch/contribution/waiver", "dispatch", SUPERVISOR),
            rule("POST", "/api/*/*/performance", "performance", OFFICER),
            rule("POST", "/api/*/*/performance/waiver", "performance", SUPERVISOR),
            rule("POST", "/api/integrations/hotline/orders", "hotline-orders"),
            rule("POST", "/api/*/*/urging", "supervision", SUPERVISOR),
            rule("POST", "/api/*/*/supervision", "supervision", SUPERVISOR),
            rule("POST", "/api/*/*/supervision/*/feedback", "supervision", OFFICER, SUPERVISOR),
            rule("POST", "/api/petitions/*/notices", "notices", INTAKE, OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/links", "links", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/merge", "links", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/follow-ups", "follow-ups", OFFICER, SUPERVISOR),
            rule("POST", "/api/*/*/rework", "rework", SUPERVISOR),
            rule("POST", "/api/disputes/*/judicial-confirmation", "judicial-confirmation", OFFICER, SUPERVISOR),
            rule("POST", "/api/disputes/*/judicial-confirmation/decision", "judicial-confirmation", OFFICER,
                    SUPERVISOR),
            rule("GET", "/api/personal-data/retention-ended", null, ADMIN),
            rule("POST", "/api/integrations/hotline/follow-up-results", "hotline-orders"),
            rule("POST", "/api/integrations/hotline/urgings", "hotline-orders"),
            rule("POST", "/api/integrations/hotline/extensions", "hotline-orders"),
            rule("POST", "/api/cases/*/case-record/destruction", null, ADMIN),
            rule("POST", "/api/*/*/hotline-extension", "dispatch", OFFICER),
            rule("GET", "/actuator/prometheus", "metrics", ADMIN, AUDITOR),
            rule("GET", "/actuator/metrics", "metrics", ADMIN, AUDITOR),
            rule("GET", "/actuator/metrics/**", "metrics", ADMIN, AUDITOR),
            rule("GET", "/api/queues/*", "read", OFFICER, SUPERVISOR, AUDITOR));

    private static final List<PathPattern> PUBLIC_PATTERNS = PUBLIC.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();
    private static final List<PathPattern> LOOPBACK_PATTERNS = OPEN_ON_LOOPBACK.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();
    /** {@link #RULES}' patterns, parsed once: parsing all of them on every request cost more than matching. */
    private static final List<PathPattern> RULE_PATTERNS = RULES.stream().map(Rule::pattern)
            .map(PathPatternParser.defaultInstance::parse).toList();

    private ApiAccessRules() {
    }

    /**
     * One row: the method, the path pattern, the roles that may call it, and the grant that lets a {@link Role#SYSTEM}
     * client call it ({@code null}: no system client may).
     */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles, String grant) {

        public boolean allows(Caller caller) {
            if (caller.roles().stream().anyMatch(roles::contains)) {
                return true;
            }
            return grant != null && caller.has(Role.SYSTEM) && caller.grants().contains(grant);
        }
    }

    public static boolean isPublic(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PUBLIC_PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }

    public static boolean isOpenOnLoopback(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return LOOPBACK_PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** The row that decides a request, if any. */
    public static Optional<Rule> ruleFor(String method, String path) {
        HttpMethod requestMethod = HttpMethod.valueOf(decidedAs(method));
        PathContainer container = PathContainer.parsePath(path);
        for (int i = 0; i < RULES.size(); i++) {
            Rule rule = RULES.get(i);
            if (rule.method().equals(requestMethod) && RULE_PATTERNS.get(i).matches(container)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether an authenticated caller may make this request, before any scope check. */
    public static boolean allows(Caller caller, String method, String path) {
        if (isPublic(path)) {
            return true;
        }
        Optional<Rule> rule = ruleFor(method, path);
        if (rule.isPresent()) {
            return rule.get().allows(caller);
        }
        return "GET".equals(decidedAs(method));
    }

    /** The method whose rows decide a request: HEAD is a GET without its body. */
    private static String decidedAs(String method) {
        return "HEAD".equals(method) ? "GET" : method;
    }

    private static Rule rule(String method, String pattern, String grant, Role... roles) {
        return new Rule(HttpMethod.valueOf(method), pattern, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                grant);
    }
}
