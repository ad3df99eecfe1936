package org.fengqiao.launcher.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.launcher.ApiClient.json;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fengqiao.launcher.ApiClient;
import org.fengqiao.launcher.EmbeddedApplicationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web console in a real browser (Debian's chromium through Playwright) against the running application on the
 * embedded default: who sees which navigation, the live board, the forms and what each role is shown.
 */
@EmbeddedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT {

    /** The navigation each demo account must see, exactly, in order. */
    private static final Map<String, List<String>> NAVIGATION = Map.of(
            "intake", List.of("cases", "intake"),
            "officer", List.of("cases", "queue"),
            "fuli.officer", List.of("cases", "queue"),
            "supervisor", List.of("board", "high-risk", "cases", "queue"),
            "auditor", List.of("board", "high-risk", "cases"),
            "admin", List.of(),
            "hotline", List.of("cases", "intake"));

    @LocalServerPort
    int port;

    private SystemChromium chromium;
    private ApiClient api;

    @BeforeAll
    void startBrowser() {
        chromium = new SystemChromium(port);
        api = new ApiClient(port);
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void each_role_signs_in_and_sees_only_its_navigation() {
        NAVIGATION.forEach((account, pages) -> {
            Page page = chromium.signIn(account);
            List<String> shown = page.locator("#nav a").all().stream()
                    .map(link -> link.getAttribute("data-page")).toList();
            assertThat(shown).as(account).isEqualTo(pages);
            assertThat(page.locator("#me")).containsText(account);
            if (account.equals("supervisor")) {
                SystemChromium.screenshot(page, "board");
            }
            page.context().close();
        });
    }

    @Test
    void the_case_list_filters_and_exports_what_the_api_lists() throws IOException {
        String number = registerDispute("SH-FL-G05", "Noise at night");
        Page page = chromium.signIn("supervisor");
        showsEventually(page, "/ui/cases?node=SH-FL-G05", "#case-table", number);
        assertThat(page.locator("#case-table")).containsText("Noise at night");
        SystemChromium.screenshot(page, "cases");
        page.navigate(chromium.url("/ui/cases?node=SH-FL-G05&status=CLOSED"));
        assertThat(page.locator("#case-table")).not().containsText(number);
        page.navigate(chromium.url("/ui/cases?node=SH-FL-G05"));
        Download download = page.waitForDownload(() -> page.click("#export"));
        String csv = Files.readString(download.path());
        assertThat(csv).contains("caseNumber,kind,status").contains(number).doesNotContain("13800001111")
                .doesNotContain("王芳");
        page.context().close();
    }

    @Test
    void an_intake_clerk_registers_a_dispute_and_sees_its_number_and_a_problem_next_to_its_field() {
        Page page = chromium.signIn("intake");
        page.navigate(chromium.url("/ui/intake"));
        page.selectOption("#source", "APPLICATION");
        page.selectOption("#category", "NEIGHBOUR");
        page.fill("#subject", "Dog barking at night");
        page.fill("#content", "The neighbour's dog barks every night");
        page.fill("#name1", "李明");
        page.fill("#phone1", "13900002222");
        page.fill("#name2", "张强");
        // no grid chosen: the case's rule answers, next to the grid
        page.click("#register");
        assertThat(page.locator("#problem-gridCode")).isVisible();
        assertThat(page.locator("#subject")).hasValue("Dog barking at night");
        SystemChromium.screenshot(page, "intake-problem");
        page.selectOption("#gridCode", "SH-FL-G04");
        page.click("#register");
        assertThat(page.locator("#case-number")).hasText(java.util.regex.Pattern.compile("SH-\\d{4}-\\d{6}"));
        String number = page.locator("#case-number").textContent();
        SystemChromium.screenshot(page, "intake");
        showsEventually(page, "/ui/cases?node=SH-FL-G04", "#case-table", number);
        page.context().close();
    }

    @Test
    void an_auditor_sees_every_event_the_badge_and_the_case_open_as_of_before_its_closure() {
        String id = closedDispute("SH-GY-G02");
        // as of the agreement's recording: agreed, not yet closed
        Instant beforeClosure = null;
        for (var entry : api.get("/api/cases/" + id + "/history?size=200", "auditor").body().path("items")) {
            if (entry.path("eventType").asText().equals("MediationAgreementReached")) {
                beforeClosure = Instant.parse(entry.path("recordedAt").asText());
            }
        }
        assertThat(beforeClosure).isNotNull();
        Page page = chromium.signIn("auditor");
        showsEventually(page, "/ui/cases/" + id, "#status", "办结");
        long events = api.get("/api/cases/" + id + "/history?size=200", "auditor").body().path("total").asLong();
        assertThat(page.locator("#timeline tbody tr")).hasCount((int) events);
        assertThat(page.locator("#timeline")).containsText("办结");
        assertThat(page.locator("#verification")).hasAttribute("data-valid", "true");
        // the auditor's own reading is logged, and the log reads in words: roles, purpose, event and field labels
        assertThat(page.locator("#access-log tbody tr").first()).containsText("审计员");
        assertThat(page.locator("#access-log")).containsText("查阅案件经过");
        assertThat(page.locator("#access-log")).containsText("矛盾纠纷登记 · 当事人 1 · 姓名");
        assertThat(page.locator("#access-log").textContent()).doesNotContain("AUDITOR", "history", "DisputeReceived",
                "parties[");
        // one language for people: the summaries from the bundle, units and grids by name, times with their zone
        assertThat(page.locator("#timeline")).containsText("矛盾纠纷 ");
        assertThat(page.locator("#timeline")).containsText("网格：果园社区 第2网格，类别：物业纠纷");
        assertThat(page.locator("#timeline")).containsText("交办果园社区人民调解委员会（社区层级）");
        assertThat(page.locator("#timeline")).containsText("办结，结果：化解，化解层级：社区，群众评价：满意");
        assertThat(page.locator("#timeline")).containsText("+08:00 Asia/Shanghai");
        assertThat(page.locator("#timeline").textContent()).doesNotContain("SH-GY-MEDIATION", "received from",
                "PROPERTY", "RESOLVED", "DeadlineSet");
        SystemChromium.screenshot(page, "case");
        // the printable dossier: the same words, from its template
        page.click("#dossier");
        assertThat(page.locator("h1")).hasText("案件档案（一案一档）");
        assertThat(page.locator("table.timeline")).containsText("交办果园社区人民调解委员会（社区层级）");
        assertThat(page.locator("table.particulars")).containsText("果园社区人民调解委员会");
        assertThat(page.locator("table.particulars")).containsText("已办结");
        assertThat(page.content()).doesNotContain("SH-GY-MEDIATION", "Closed as", "王芳", "13800001111");
        SystemChromium.screenshot(page, "dossier");
        page.navigate(chromium.url("/ui/cases/" + id + "?lang=en"));
        assertThat(page.locator("#timeline")).containsText("Closed as resolved at community level, resident satisfied");
        assertThat(page.locator("#timeline")).containsText("Assigned to people's mediation committee at community level");
        page.navigate(chromium.url("/ui/cases/" + id + "?lang=zh-CN"));
        String local = LocalDateTime.ofInstant(beforeClosure, ZoneId.of("Asia/Shanghai")).toString();
        page.navigate(chromium.url("/ui/cases/" + id + "?asOf=" + local));
        assertThat(page.locator("#status")).hasAttribute("data-status", "AGREED");
        assertThat(page.locator("#as-of-banner")).isVisible();
        page.context().close();
    }

    @Test
    void an_officer_of_another_community_gets_the_same_not_found_page_as_for_an_unknown_case() {
        String id = closedDispute("SH-GY-G02");
        Page page = chromium.signIn("fuli.officer");
        var hidden = page.navigate(chromium.url("/ui/cases/" + id));
        String hiddenText = page.locator("main").textContent();
        var unknown = page.navigate(chromium.url("/ui/cases/" + java.util.UUID.randomUUID()));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.locator("main").textContent()).isEqualTo(hiddenText);
        page.context().close();
    }

    @Test
    void a_page_never_shows_a_personal_value_the_api_masks_for_the_role() {
        Registered registered = register("SH-FL-G06", "Parking space");
        String number = registered.number();
        String id = registered.id();
        Page supervisor = chromium.signIn("supervisor");
        showsEventually(supervisor, "/ui/cases/" + id, "#case-number", number);
        assertThat(supervisor.locator("#parties")).containsText("王芳");
        assertThat(supervisor.locator("#parties")).containsText("13800001111");
        supervisor.context().close();
        // not the handling unit's officer (the case is not assigned): masked, as the API masks it
        Page officer = chromium.signIn("fuli.officer");
        showsEventually(officer, "/ui/cases/" + id, "#case-number", number);
        assertThat(officer.content()).doesNotContain("王芳").doesNotContain("13800001111");
        assertThat(officer.locator("#parties tr")).hasCount(2);
        SystemChromium.screenshot(officer, "case-masked");
        officer.context().close();
    }

    /** A dispute taken to closure over the API (the README's example); answers its id. */
    private String closedDispute(String grid) {
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'Leak','content':'Water from above',
                 'gridCode':'%s','parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},
                 {'name':'富力物业','role':'RESPONDENT'}]}""".formatted(grid)), "intake");
        String id = created.text("caseId");
        String base = "/api/disputes/" + id;
        assertThat(api.post(base + "/assignment", json("{'unit':'SH-GY-MEDIATION','officer':'li.mediator'}"),
                "supervisor").status()).isEqualTo(200);
        assertThat(api.post(base + "/meetings", json("{'type':'MEDIATION_SESSION','heldAt':'"
                + Instant.now().minusSeconds(60) + "','participants':['王芳','富力物业','李调解'],'minutes':'Inspect'}"),
                "officer").status()).isEqualTo(200);
        assertThat(api.post(base + "/agreement", json("{'terms':'Repair','performBy':'2099-07-31','mediator':'李调解',"
                + "'signatories':['王芳','富力物业','李调解']}"), "officer").status()).isEqualTo(200);
        assertThat(api.post(base + "/closure", json("{'outcome':'RESOLVED','satisfaction':'SATISFIED'}"), "officer")
                .status()).isEqualTo(200);
        return id;
    }

    @Test
    void an_officer_takes_a_case_from_the_queue_to_closure_and_a_refused_step_shows_its_problem_at_the_field() {
        Registered registered = register("SH-GY-G03", "Shared wall cracked");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/assignment",
                json("{'unit':'SH-GY-MEDIATION','officer':'officer'}"), "supervisor").status()).isEqualTo(200);
        Page page = chromium.signIn("officer");
        String item = "#item-" + number;
        showsEventually(page, "/ui/queues/SH-GY-MEDIATION", "main", number);
        openRow(page, item);
        // closing as resolved before any agreement: refused, and the problem stands at the outcome
        page.selectOption(item + " form.action-close select[name=outcome]", "RESOLVED");
        page.click(item + " form.action-close button");
        assertThat(page.locator(item + " form.action-close .problem")).hasAttribute("data-field", "outcome");
        SystemChromium.screenshot(page, "queue-problem");
        page.selectOption(item + " form.action-meeting select[name=type]", "MEDIATION_SESSION");
        List<String> participants = List.of("王芳", "富力物业", "李调解");
        for (int row = 0; row < participants.size(); row++) {
            page.locator(item + " form.action-meeting input[name=participantName]").nth(row).fill(participants.get(row));
        }
        page.fill(item + " form.action-meeting textarea[name=minutes]", "Both sides agree to an inspection");
        page.click(item + " form.action-meeting button");
        assertThat(page.locator("#done")).containsText(number);
        page.fill(item + " form.action-agreement textarea[name=terms]", "The wall is repaired by the owner above");
        page.fill(item + " form.action-agreement input[name=performBy]", "2099-07-31");
        page.fill(item + " form.action-agreement input[name=mediator]", "李调解");
        page.fill(item + " form.action-agreement input[name=signatories]", "王芳、富力物业、李调解");
        page.click(item + " form.action-agreement button");
        assertThat(page.locator("#done")).containsText(number);
        SystemChromium.screenshot(page, "queue");
        page.selectOption(item + " form.action-close select[name=outcome]", "RESOLVED");
        page.selectOption(item + " form.action-close select[name=satisfaction]", "SATISFIED");
        page.click(item + " form.action-close button");
        assertThat(page.locator("#done")).containsText(number);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/cases/" + id, "auditor").text("status")).isEqualTo("CLOSED"));
        page.context().close();
    }

    @Test
    void an_officer_signs_for_a_dispatched_case_from_the_queue_and_answers_the_supervision_ordered_there() {
        Registered registered = register("SH-GY-G05", "Blocked drain");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/dispatch", json("{'leadUnit':'SH-GY-MEDIATION',"
                + "'coUnits':['SH-ENFORCE'],'instructions':'Clear it with the enforcement centre'}"), "supervisor")
                .status()).isEqualTo(200);
        Page officer = chromium.signIn("officer");
        String item = "#item-" + number;
        standsEventually(officer, "/ui/queues/SH-GY-MEDIATION", item, "TO_SIGN");
        openRow(officer, item);
        assertThat(officer.locator(item + " form.action-meeting")).hasCount(0);
        officer.click(item + " form.action-sign button");
        assertThat(officer.locator("#done")).containsText(number);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var view = api.get("/api/cases/" + id, "auditor").body();
            assertThat(view.at("/dispatch/units/SH-GY-MEDIATION").asText()).isEqualTo("SIGNED");
            assertThat(view.path("unit").asText()).isEqualTo("SH-GY-MEDIATION");
        });
        // signed: the unit's case now, with the handling steps; the co-unit still has it to sign
        standsEventually(officer, "/ui/queues/SH-GY-MEDIATION", item, "SIGNED");
        openRow(officer, item);
        assertThat(officer.locator(item + " form.action-meeting")).hasCount(1);
        standsEventually(officer, "/ui/queues/SH-ENFORCE", item, "TO_SIGN");
        // the supervisor lists it for supervision from the queue; the unit answers the order there
        Page supervisor = chromium.signIn("supervisor");
        supervisor.navigate(chromium.url("/ui/queues/SH-GY-MEDIATION"));
        openRow(supervisor, item);
        supervisor.fill(item + " form.action-supervise textarea[name=text]", "Report on the drain by Friday");
        supervisor.click(item + " form.action-supervise button");
        assertThat(supervisor.locator("#done")).containsText(number);
        supervisor.context().close();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            officer.navigate(chromium.url("/ui/queues/SH-GY-MEDIATION"));
            openRow(officer, item);
            assertThat(officer.locator(item + " form.action-feedback select[name=orderId] option")).hasCount(1);
        });
        officer.click(item + " form.action-feedback button");
        assertThat(officer.locator(item + " form.action-feedback label:has(textarea[name=text]) + .problem"))
                .hasAttribute("data-field", "text");
        officer.fill(item + " form.action-feedback textarea[name=text]", "Cleared on Thursday");
        officer.click(item + " form.action-feedback button");
        assertThat(officer.locator("#done")).containsText(number);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/cases/" + id + "/history?size=200", "auditor").body().toString())
                .contains("SupervisionFeedbackGiven"));
        officer.context().close();
    }

    @Test
    void a_unit_asks_to_return_a_case_dispatched_from_the_queue_and_the_supervisor_decides_with_problems_at_their_fields() {
        Registered registered = register("SH-FL-G08", "Fence between gardens");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-FL-PROPERTY'}"), "supervisor")
                .status()).isEqualTo(200);
        String item = "#item-" + number;
        // the dispatcher sends it on from the unit's queue; without instructions the rule answers at that field
        Page supervisor = chromium.signIn("supervisor");
        showsEventually(supervisor, "/ui/queues/SH-FL-PROPERTY", "main", number);
        openRow(supervisor, item);
        supervisor.selectOption(item + " form.action-dispatch select[name=leadUnit]", "SH-FL-MEDIATION");
        supervisor.click(item + " form.action-dispatch button");
        assertThat(supervisor.locator(item + " form.action-dispatch label:has(textarea[name=instructions]) + .problem"))
                .hasAttribute("data-field", "instructions");
        supervisor.selectOption(item + " form.action-dispatch select[name=leadUnit]", "SH-FL-MEDIATION");
        supervisor.fill(item + " form.action-dispatch textarea[name=instructions]", "Mediate between the gardens");
        supervisor.click(item + " form.action-dispatch button");
        assertThat(supervisor.locator("#done")).containsText(number);
        // the lead unit's officer asks to return it; without a reason code the rule answers at that field
        Page officer = chromium.signIn("fuli.officer");
        standsEventually(officer, "/ui/queues/SH-FL-MEDIATION", item, "TO_SIGN");
        openRow(officer, item);
        officer.fill(item + " form.action-return textarea[name=text]", "The fence belongs to the property office");
        officer.click(item + " form.action-return button");
        assertThat(officer.locator(item + " form.action-return label:has(select[name=reasonCode]) + .problem"))
                .hasAttribute("data-field", "reasonCode");
        assertThat(officer.content()).doesNotContain("王芳").doesNotContain("13800001111");
        SystemChromium.screenshot(officer, "queue-return-problem");
        officer.selectOption(item + " form.action-return select[name=reasonCode]", "NOT_OUR_DUTY");
        officer.fill(item + " form.action-return textarea[name=text]", "The fence belongs to the property office");
        officer.click(item + " form.action-return button");
        assertThat(officer.locator("#done")).containsText(number);
        assertThat(officer.content()).doesNotContain("王芳").doesNotContain("13800001111");
        officer.context().close();
        // the dispatcher approves the return: the case waits to be dispatched again
        standsEventually(supervisor, "/ui/queues/SH-FL-MEDIATION", item, "RETURN_REQUESTED");
        openRow(supervisor, item);
        SystemChromium.screenshot(supervisor, "queue-decision");
        supervisor.selectOption(item + " form.action-decide select[name=decision]", "APPROVE");
        supervisor.fill(item + " form.action-decide textarea[name=reason]", "The property office handles it");
        supervisor.click(item + " form.action-decide button");
        assertThat(supervisor.locator("#done")).containsText(number);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/cases/" + id, "auditor")
                .body().at("/dispatch/awaitingRedispatch").asBoolean()).isTrue());
        supervisor.context().close();
    }

    @Test
    void a_three_party_meeting_is_recorded_from_the_queue_with_typed_participants_and_refused_without_them() {
        Registered registered = register("SH-FL-G07", "Lift out of order");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-FL-MEDIATION'}"), "supervisor")
                .status()).isEqualTo(200);
        Page page = chromium.signIn("fuli.officer");
        String form = "#item-" + number + " form.action-meeting";
        showsEventually(page, "/ui/queues/SH-FL-MEDIATION", "main", number);
        openRow(page, "#item-" + number);
        // names alone: the case cannot tell the three sides apart, and says so under the participants
        page.selectOption(form + " select[name=type]", "THREE_PARTY_MEETING");
        page.locator(form + " input[name=participantName]").nth(0).fill("王芳");
        page.locator(form + " input[name=participantName]").nth(1).fill("李经理");
        page.locator(form + " input[name=participantName]").nth(2).fill("张主任");
        page.fill(form + " textarea[name=minutes]", "The lift is repaired within a month");
        page.click(form + " button");
        assertThat(page.locator(form + " fieldset.participants + .problem")).hasAttribute("data-field",
                "participants");
        assertThat(page.locator(form + " fieldset.participants + .problem")).containsText("三方联席会议");
        // typed: the owners' side, the property company and the community's committee, convened by the committee
        page.selectOption(form + " select[name=type]", "THREE_PARTY_MEETING");
        page.locator(form + " input[name=participantName]").nth(0).fill("王芳");
        page.locator(form + " select[name=participantSide]").nth(0).selectOption("PARTY");
        page.locator(form + " input[name=participantName]").nth(1).fill("李经理");
        page.locator(form + " select[name=participantSide]").nth(1).selectOption("UNIT");
        page.locator(form + " select[name=participantUnit]").nth(1).selectOption("SH-FL-PROPERTY");
        page.locator(form + " input[name=participantName]").nth(2).fill("张主任");
        page.locator(form + " select[name=participantSide]").nth(2).selectOption("UNIT");
        page.locator(form + " select[name=participantUnit]").nth(2).selectOption("SH-FL-MEDIATION");
        page.selectOption(form + " select[name=convener]", "SH-FL-MEDIATION");
        page.fill(form + " textarea[name=minutes]", "The lift is repaired within a month");
        SystemChromium.screenshot(page, "queue-meeting");
        page.click(form + " button");
        assertThat(page.locator("#done")).containsText(number);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.get("/api/cases/" + id
                + "/history?size=200", "supervisor").body().findValuesAsText("eventType")).contains("MeetingHeld"));
        var meeting = api.get("/api/cases/" + id + "/history?size=200", "supervisor").body().path("items");
        for (var entry : meeting) {
            if (entry.path("eventType").asText().equals("MeetingHeld")) {
                assertThat(entry.at("/fields/type").asText()).isEqualTo("THREE_PARTY_MEETING");
                assertThat(entry.at("/fields/roles").findValuesAsText("side")).containsExactly("PARTY", "UNIT",
                        "UNIT");
                assertThat(entry.at("/fields/convener").asText()).isEqualTo("SH-FL-MEDIATION");
            }
        }
        // the timeline counts the sides and names the units, never a participant
        Page supervisor = chromium.signIn("supervisor");
        showsEventually(supervisor, "/ui/cases/" + id, "#timeline", "召开三方会谈，参加 3 人：当事人方 1 人、单位 2 个（");
        assertThat(supervisor.locator("#timeline")).containsText("富力城物管处");
        assertThat(supervisor.locator("#timeline")).containsText("召集单位：富力社区人民调解委员会");
        assertThat(supervisor.locator("#timeline").textContent()).doesNotContain("李经理", "张主任");
        supervisor.context().close();
        page.context().close();
    }

    @Test
    void a_co_unit_reports_its_part_from_its_queue_and_the_supervisor_waives_another_s_report() {
        Registered registered = register("SH-GY-G06", "Illegal structure on the roof");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/dispatch", json("{'leadUnit':'SH-GY-MEDIATION',"
                + "'coUnits':['SH-ENFORCE','SHQ-POLICE-SH'],'instructions':'Remove it; police keep the peace'}"),
                "supervisor").status()).isEqualTo(200);
        for (String unit : List.of("SH-GY-MEDIATION", "SH-ENFORCE", "SHQ-POLICE-SH")) {
            assertThat(api.post("/api/disputes/" + id + "/dispatch/sign", json("{'unit':'%s'}".formatted(unit)),
                    "officer").status()).as(unit).isEqualTo(200);
        }
        String item = "#item-" + number;
        Page officer = chromium.signIn("officer");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            officer.navigate(chromium.url("/ui/queues/SH-ENFORCE"));
            openRow(officer, item);
            assertThat(officer.locator(item + " form.action-contribute").count()).isEqualTo(1);
        });
        // the lead unit owes no report: no such form on its queue
        officer.navigate(chromium.url("/ui/queues/SH-GY-MEDIATION"));
        openRow(officer, item);
        assertThat(officer.locator(item + " form.action-contribute")).hasCount(0);
        officer.navigate(chromium.url("/ui/queues/SH-ENFORCE"));
        openRow(officer, item);
        // an officer may not waive; a report without its text is refused at the text
        assertThat(officer.locator(item + " form.action-waive")).hasCount(0);
        officer.click(item + " form.action-contribute button");
        assertThat(officer.locator(item + " form.action-contribute label:has(textarea[name=text]) + .problem"))
                .hasAttribute("data-field", "text");
        officer.fill(item + " form.action-contribute textarea[name=text]", "The structure was removed on Monday");
        officer.click(item + " form.action-contribute button");
        assertThat(officer.locator("#done")).containsText(number);
        officer.context().close();
        Page supervisor = chromium.signIn("supervisor");
        supervisor.navigate(chromium.url("/ui/queues/SHQ-POLICE-SH"));
        openRow(supervisor, item);
        supervisor.fill(item + " form.action-waive textarea[name=reason]", "No police part was needed");
        SystemChromium.screenshot(supervisor, "queue-waiver");
        supervisor.click(item + " form.action-waive button");
        assertThat(supervisor.locator("#done")).containsText(number);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var dispatch = api.get("/api/cases/" + id, "auditor").body().path("dispatch");
            assertThat(dispatch.path("reported").toString()).contains("SH-ENFORCE");
            assertThat(dispatch.path("waived").toString()).contains("SHQ-POLICE-SH");
        });
        supervisor.context().close();
    }

    @Test
    void a_queue_row_loads_its_forms_when_opened_and_only_those_the_role_may_send() {
        Registered registered = register("SH-GY-G09", "Balcony drips on the terrace");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-GY-MEDIATION'}"), "supervisor")
                .status()).isEqualTo(200);
        String item = "#item-" + number;
        Page officer = chromium.signIn("officer");
        showsEventually(officer, "/ui/queues/SH-GY-MEDIATION", "main", number);
        // the list carries no case's forms: they come with the row
        assertThat(officer.locator("main form")).hasCount(0);
        SystemChromium.screenshot(officer, "queue-rows");
        openRow(officer, item);
        assertThat(officer.locator(item + " form.action-note")).hasCount(1);
        assertThat(officer.locator(item + " form.action-meeting")).hasCount(1);
        for (String supervisors : List.of("assign", "dispatch", "urge", "supervise")) {
            assertThat(officer.locator(item + " form.action-" + supervisors).count()).as(supervisors).isZero();
        }
        // the forms loaded by htmx post with the session's CSRF token: a note is accepted
        assertThat(officer.locator(item + " form.action-note input[name=_csrf]")).hasCount(1);
        officer.fill(item + " form.action-note textarea[name=text]", "Called both sides");
        officer.click(item + " form.action-note button");
        assertThat(officer.locator("#done")).containsText(number);
        officer.context().close();
        Page supervisor = chromium.signIn("supervisor");
        supervisor.navigate(chromium.url("/ui/queues/SH-GY-MEDIATION"));
        openRow(supervisor, item);
        for (String supervisors : List.of("assign", "dispatch", "urge", "supervise")) {
            assertThat(supervisor.locator(item + " form.action-" + supervisors).count()).as(supervisors).isEqualTo(1);
        }
        supervisor.context().close();
        // a role without the queue is refused the row's forms as it is the page
        Page auditor = chromium.signIn("auditor");
        var refused = auditor.navigate(chromium.url("/ui/queues/SH-GY-MEDIATION/cases/" + id + "/actions"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(auditor.locator("#problem")).isVisible();
        assertThat(auditor.locator("form[action*='/ui/queues/']")).hasCount(0);
        auditor.context().close();
    }

    @Test
    void another_community_s_case_is_the_same_not_found_page_from_a_queue_row_as_an_unknown_one() {
        Registered registered = register("SH-GY-G11", "Stairwell light broken");
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/assignment", json("{'unit':'SH-GY-MEDIATION'}"), "supervisor")
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api.get("/api/cases/" + id, "supervisor").text("unit")).isEqualTo("SH-GY-MEDIATION"));
        assertThat(api.get("/api/cases/" + id, "fuli.officer").status()).isEqualTo(404);
        Page page = chromium.signIn("fuli.officer");
        var unknown = page.navigate(chromium.url("/ui/queues/SH-FL-MEDIATION/cases/" + java.util.UUID.randomUUID()
                + "/actions"));
        assertThat(unknown.status()).isEqualTo(404);
        String unknownText = page.locator("main").textContent();
        // through the officer's own queue, and through the queue the case is in (not the officer's unit)
        for (String unit : List.of("SH-FL-MEDIATION", "SH-GY-MEDIATION")) {
            var hidden = page.navigate(chromium.url("/ui/queues/" + unit + "/cases/" + id + "/actions"));
            assertThat(hidden.status()).as(unit).isEqualTo(404);
            assertThat(page.locator("main").textContent()).as(unit).isEqualTo(unknownText);
            assertThat(page.content()).doesNotContain(registered.number(), "Stairwell", "form class=\"action-");
        }
        page.context().close();
        // a supervisor sees the case, but not in a queue it is not in
        Page supervisor = chromium.signIn("supervisor");
        var elsewhere = supervisor.navigate(chromium.url("/ui/queues/SH-FL-MEDIATION/cases/" + id + "/actions"));
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(supervisor.locator("main").textContent()).isEqualTo(unknownText);
        supervisor.context().close();
    }

    @Test
    void the_case_page_shows_the_cases_linked_to_it() {
        Registered dispute = register("SH-FL-G09", "Courtyard wall");
        ApiClient.Reply petition = api.post("/api/petitions", json("""
                {'channel':'VISIT','category':'CONSTRUCTION','subject':'Courtyard wall','content':'The wall cracks',
                 'gridCode':'SH-FL-G09','petitioners':[{'name':'赵六','phone':'13900003333'}]}"""), "intake");
        assertThat(petition.status()).isEqualTo(201);
        ApiClient.Reply linked = api.post("/api/disputes/" + dispute.id() + "/links", json("""
                {'targetKind':'PETITION','targetId':'%s','reason':'the same wall'}"""
                .formatted(petition.text("caseId"))), "supervisor");
        assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
        Page page = chromium.signIn("supervisor");
        showsEventually(page, "/ui/cases/" + dispute.id(), "main", petition.text("caseNumber"));
        String row = "#linked tr[data-case='" + petition.text("caseNumber") + "']";
        assertThat(page.locator(row)).containsText("信访事项");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            page.navigate(chromium.url("/ui/cases/" + dispute.id()));
            assertThat(page.locator(row).textContent()).contains("已确认");
        });
        page.click(row + " a");
        assertThat(page.locator("#case-number")).hasText(petition.text("caseNumber"));
        assertThat(page.locator("#linked")).containsText(dispute.number());
        page.context().close();
    }

    @Test
    void the_high_risk_board_shows_each_high_risk_case_with_its_leader_and_last_check_in() {
        Registered registered = register("SH-JH-G04", "Threat of violence");
        String number = registered.number();
        String id = registered.id();
        assertThat(api.post("/api/disputes/" + id + "/risk", json("{'level':'HIGH','reason':'Threats',"
                + "'policeInformed':true}"), "supervisor").status()).isEqualTo(200);
        assertThat(api.post("/api/disputes/" + id + "/risk-leader", json("{'leader':'wang.leader'}"), "supervisor")
                .status()).isEqualTo(200);
        Page page = chromium.signIn("supervisor");
        showsEventually(page, "/ui/high-risk", "main", "wang.leader");
        assertThat(page.locator("#high-risk")).containsText(number);
        String row = "#high-risk tr[data-case='" + id + "']";
        assertThat(page.locator(row + " td.last-check-in")).hasText("（尚无）");
        // a check-in: the board shows when it was, beside the next one due
        assertThat(api.post("/api/disputes/" + id + "/check-ins", json("{'note':'Visited, calm'}"), "supervisor")
                .status()).isEqualTo(200);
        String checkedIn = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/cases/" + id, "auditor").text("lastCheckInAt"), at -> at != null && !at.isEmpty()
                        && !at.equals("null"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            page.navigate(chromium.url("/ui/high-risk"));
            assertThat(page.locator(row + " td.last-check-in").getAttribute("data-at")).isEqualTo(checkedIn);
        });
        assertThat(page.locator(row + " td.last-check-in")).containsText("Asia/Shanghai");
        assertThat(page.locator(row + " td.next-check-in")).containsText("Asia/Shanghai");
        SystemChromium.screenshot(page, "high-risk");
        page.context().close();
    }

    @Test
    void the_board_s_changes_between_two_dates_name_their_nodes_and_figures() {
        registerDispute("SH-GY-G07", "Rubbish in the stairwell");
        Page page = chromium.signIn("supervisor");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        page.navigate(chromium.url("/ui/boards/SH?changesFrom=" + today.minusDays(1) + "&changesTo="
                + today.plusDays(1)));
        assertThat(page.locator("#changes tbody")).containsText("果园社区");
        assertThat(page.locator("#changes tbody")).containsText("在办 · 已登记");
        assertThat(page.locator("#changes tbody").textContent()).doesNotContain("SH-GY", "figure.", "RECEIVED");
        page.context().close();
    }

    @Test
    void a_wrong_password_is_refused_on_the_sign_in_page() {
        Page page = chromium.anonymous("zh-CN");
        page.navigate(chromium.url("/ui/login"));
        page.fill("#username", "intake");
        page.fill("#password", "wrong");
        page.click("#sign-in");
        assertThat(page.locator("#login-error")).isVisible();
        page.navigate(chromium.url("/ui/cases"));
        assertThat(page).hasURL(chromium.url("/ui/login"));
        page.context().close();
    }

    @Test
    void a_role_without_the_page_is_refused_it() {
        Page page = chromium.signIn("intake");
        var response = page.navigate(chromium.url("/ui/boards/SH"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#problem")).isVisible();
        page.context().close();
    }

    /** Opens {@code path} again until {@code selector} shows {@code text}: the read model follows the command. */
    private void showsEventually(Page page, String path, String selector, String text) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            page.navigate(chromium.url(path));
            assertThat(page.locator(selector).textContent()).contains(text);
        });
    }

    /** Opens {@code path} again until the queue item {@code item} shows the unit's dispatch {@code standing}. */
    private void standsEventually(Page page, String path, String item, String standing) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            page.navigate(chromium.url(path));
            assertThat(page.locator(item).count()).isEqualTo(1);
            assertThat(page.locator(item).getAttribute("data-standing")).isEqualTo(standing);
        });
    }

    /**
     * Opens the queue row {@code item} (its forms are loaded then) and waits until they are there: what the row
     * offers is asserted on what the server sent, not on a row still loading.
     */
    private static void openRow(Page page, String item) {
        assertThat(page.locator(item + " form")).hasCount(0);
        page.click(item + " button.open-actions");
        page.locator(item + " .actions > *").first().waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
    }

    /** A case registered over the API. */
    private record Registered(String id, String number) {
    }

    /** Registers a dispute in {@code grid} over the API, as the intake account; answers its case number. */
    private String registerDispute(String grid, String subject) {
        return register(grid, subject).number();
    }

    private Registered register(String grid, String subject) {
        ApiClient.Reply created = api.post("/api/disputes", json("""
                {'source':'APPLICATION','category':'PROPERTY','subject':'%s','content':'Water from above',
                 'gridCode':'%s','parties':[{'name':'王芳','phone':'13800001111','role':'APPLICANT'},
                 {'name':'富力物业','role':'RESPONDENT'}]}""".formatted(subject, grid)), "intake");
        assertThat(created.status()).isEqualTo(201);
        return new Registered(created.text("caseId"), created.text("caseNumber"));
    }

    @Test
    void a_dispute_registered_through_the_api_raises_its_cell_on_an_open_board_without_a_reload() {
        Page page = chromium.signIn("supervisor");
        page.navigate(chromium.url("/ui/boards/SH"));
        // the stream must be open before the command, or the change may happen before the page listens
        page.waitForSelector("body[data-sse=open]");
        long before = Long.parseLong(page.locator("#cell-SH-FL-G03").getAttribute("data-open"));
        registerDispute("SH-FL-G03", "Leak");
        // pushed over the page's stream; how fast is the harness's projection lag (bench/), not a timer here
        page.waitForFunction("n => Number(document.querySelector('#cell-SH-FL-G03').dataset.open) > Number(n)",
                Long.toString(before), new Page.WaitForFunctionOptions().setTimeout(10_000));
        SystemChromium.screenshot(page, "board-live");
        page.context().close();
    }
}
