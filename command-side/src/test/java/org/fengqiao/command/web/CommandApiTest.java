package org.fengqiao.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.lifecycle.AssignCase;
import org.fengqiao.cases.lifecycle.CloseCase;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.CaseVersion;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.RequestIdFilter;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The web layer alone, without its filters (security, idempotency: the launcher's ITs cover those); the caller is
 * put in the security context where a test needs one, as Spring Security's filter would.
 */
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = WebSliceConfiguration.class)
class CommandApiTest {

    private static final CaseId CASE_ID = new CaseId("5f0c2a7e-1b3d-4c5e-8f90-123456789abc");
    private static final CaseNumber CASE_NUMBER = new CaseNumber("SH-2026-000042");

    private static final String PETITION = """
            {"channel": "VISIT", "category": "PROPERTY", "subject": "Courtyards demolished",
             "content": "42 ground-floor owners ask for their courtyards back", "gridCode": "SH-FL-G03",
             "petitioners": [{"name": "张三", "phone": "13812341234"}],
             "receivedAt": "2026-07-01T09:30:00+08:00"}
            """;

    private static final String DISPUTE = """
            {"source": "APPLICATION", "category": "NEIGHBOUR", "subject": "Water leak",
             "content": "Water leaks from the flat above", "gridCode": "SH-GY-G01",
             "parties": [{"name": "李四", "phone": "13900001111", "role": "APPLICANT"},
                         {"name": "王五", "role": "RESPONDENT"}]}
            """;

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CommandGateway gateway;

    private void answers(long version) {
        given(gateway.sendAndWait(any(), anyLong(), any())).willReturn(new CaseVersion(CASE_ID, CASE_NUMBER, version));
    }

    private void fails(Throwable failure) {
        given(gateway.sendAndWait(any(), anyLong(), any())).willThrow(failure);
    }

    private Object sentCommand() {
        return sentMessage().getPayload();
    }

    private CommandMessage<?> sentMessage() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).sendAndWait(sent.capture(), anyLong(), any());
        return (CommandMessage<?>) sent.getValue();
    }

    private static void authenticatedAs(Caller caller) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null,
                caller.roles().stream().map(Role::authority).toArray(String[]::new)));
    }

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        String type = "urn:fengqiao:problem:" + code.toLowerCase().replace('_', '-');
        return result.andExpect(status().is(status))
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type").value(type))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Nested
    class Creation {

        @Test
        void receives_a_petition() throws Exception {
            answers(1);

            authenticatedAs(new Caller("intake.li", Set.of(Role.INTAKE), null, null, null));
            mvc.perform(post("/api/petitions").header("X-Actor", "someone.else")
                            .contentType(MediaType.APPLICATION_JSON).content(PETITION))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/cases/" + CASE_ID))
                    .andExpect(jsonPath("$.caseId").value(CASE_ID.value()))
                    .andExpect(jsonPath("$.caseNumber").value("SH-2026-000042"))
                    .andExpect(jsonPath("$.version").value(1));

            ReceivePetition command = (ReceivePetition) sentCommand();
            assertThat(command.caseId()).isNotNull();
            assertThat(command.channel()).isEqualTo(Channel.VISIT);
            assertThat(command.category()).isEqualTo(Category.PROPERTY);
            assertThat(command.gridCode()).isEqualTo(new NodeCode("SH-FL-G03"));
            assertThat(command.petitioners()).containsExactly(new Petitioner("张三", "13812341234"));
            assertThat(command.receivedAt()).isEqualTo(Instant.parse("2026-07-01T01:30:00Z"));
            assertThat(command.actor()).isEqualTo(new Actor("intake.li"));
        }

        @Test
        void receives_a_dispute_with_defaults() throws Exception {
            answers(1);

            postJson("/api/disputes", DISPUTE)
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", "/api/cases/" + CASE_ID))
                    .andExpect(jsonPath("$.caseId").value(CASE_ID.value()))
                    .andExpect(jsonPath("$.caseNumber").value("SH-2026-000042"))
                    .andExpect(jsonPath("$.version").value(1));

            ReceiveDispute command = (ReceiveDispute) sentCommand();
            assertThat(command.parties()).containsExactly(new Party("李四", "13900001111", PartyRole.APPLICANT),
                    new Party("王五", null, PartyRole.RESPONDENT));
            assertThat(command.mediation()).isEqualTo(MediationVisibility.NON_PUBLIC);
            assertThat(command.receivedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
            assertThat(command.actor()).isEqualTo(Actor.ANONYMOUS);
        }

        @Test
        void gives_each_case_a_new_id() throws Exception {
            answers(1);
            postJson("/api/petitions", PETITION).andExpect(status().isCreated());
            ReceivePetition first = (ReceivePetition) sentCommand();
            clearInvocations(gateway);
            postJson("/api/petitions", PETITION).andExpect(status().isCreated());

            assertThat(((ReceivePetition) sentCommand()).caseId()).isNotEqualTo(first.caseId());
        }
    }

    @Nested
    class CommandsOnACase {

        @ParameterizedTest
        @CsvSource({"petitions, PETITION", "disputes, DISPUTE"})
        void sends_a_shared_command_with_the_kind_of_the_path(String path, CaseKind kind) throws Exception {
            answers(3);

            authenticatedAs(new Caller("supervisor.wang", Set.of(Role.SUPERVISOR), null, null, null));
            mvc.perform(post("/api/" + path + "/" + CASE_ID + "/assignment")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"unit\": \"SH-TASKFORCE\", \"officer\": \"Officer Zhao\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.caseId").value(CASE_ID.value()))
                    .andExpect(jsonPath("$.version").value(3))
                    .andExpect(jsonPath("$.caseNumber").doesNotExist());

            AssignCase command = (AssignCase) sentCommand();
            assertThat(command.caseId()).isEqualTo(CASE_ID);
            assertThat(command.kind()).isEqualTo(kind);
            assertThat(command.unit()).isEqualTo(new UnitCode("SH-TASKFORCE"));
            assertThat(command.officer()).isEqualTo("Officer Zhao");
            assertThat(command.actor()).isEqualTo(new Actor("supervisor.wang"));
        }

        @Test
        void closes_a_dispute() throws Exception {
            answers(7);

            postJson("/api/disputes/" + CASE_ID + "/closure",
                    "{\"outcome\": \"MEDIATION_FAILED\", \"route\": \"arbitration\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.version").value(7));

            CloseCase command = (CloseCase) sentCommand();
            assertThat(command.kind()).isEqualTo(CaseKind.DISPUTE);
            assertThat(command.outcome()).isEqualTo(Outcome.MEDIATION_FAILED);
            assertThat(command.route()).isEqualTo("arbitration");
        }

        @Test
        void agrees_a_handling_plan_for_a_petition() throws Exception {
            answers(5);

            postJson("/api/petitions/" + CASE_ID + "/agreement", """
                    {"terms": "Rebuild the courtyards to standard", "performBy": "2026-07-30",
                     "signatories": ["张三", "Developer"]}
                    """).andExpect(status().isOk());

            AgreeHandlingPlan command = (AgreeHandlingPlan) sentCommand();
            assertThat(command.performBy()).isEqualTo(LocalDate.of(2026, 7, 30));
            assertThat(command.signatories()).containsExactly("张三", "Developer");
        }

        @Test
        void reaches_a_mediation_agreement_for_a_dispute() throws Exception {
            answers(5);

            postJson("/api/disputes/" + CASE_ID + "/agreement", """
                    {"terms": "Repair the pipe", "performBy": "2026-08-15", "mediator": "Mediator Sun",
                     "signatories": ["李四", "王五", "Mediator Sun"], "performance": "the respondent pays"}
                    """).andExpect(status().isOk());

            ReachMediationAgreement command = (ReachMediationAgreement) sentCommand();
            assertThat(command.mediator()).isEqualTo("Mediator Sun");
            assertThat(command.performance()).isEqualTo("the respondent pays");
            assertThat(command.signatories()).hasSize(3);
        }
    }

    @Nested
    class BadInput {

        @Test
        void rejects_malformed_json() throws Exception {
            expectProblem(postJson("/api/petitions", "{\"channel\": \"VISIT\","), 400, "MALFORMED_REQUEST")
                    .andExpect(jsonPath("$.instance").value("/api/petitions"));
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void rejects_a_missing_body() throws Exception {
            expectProblem(mvc.perform(post("/api/petitions").contentType(MediaType.APPLICATION_JSON)), 400,
                    "MALFORMED_REQUEST");
        }

        @Test
        void rejects_an_unknown_enum_constant_naming_the_field() throws Exception {
            expectProblem(postJson("/api/petitions", PETITION.replace("\"VISIT\"", "\"FAX\"")), 400, "INVALID_VALUE")
                    .andExpect(jsonPath("$.field").value("channel"))
                    .andExpect(jsonPath("$.detail", containsString("VISIT, LETTER")))
                    .andExpect(jsonPath("$.detail", not(containsString("FAX"))));
        }

        @Test
        void names_a_nested_field() throws Exception {
            expectProblem(postJson("/api/disputes", DISPUTE.replace("\"RESPONDENT\"", "\"BYSTANDER\"")), 400,
                    "INVALID_VALUE")
                    .andExpect(jsonPath("$.field").value("parties[1].role"));
        }

        @Test
        void rejects_a_grid_code_of_the_wrong_format() throws Exception {
            expectProblem(postJson("/api/petitions", PETITION.replace("SH-FL-G03", "grid 3!")), 400, "INVALID_VALUE")
                    .andExpect(jsonPath("$.field").value("gridCode"))
                    .andExpect(jsonPath("$.detail", containsString("node code must match")));
        }

        @Test
        void rejects_a_time_that_is_not_an_instant() throws Exception {
            expectProblem(postJson("/api/petitions", PETITION.replace("2026-07-01T09:30:00+08:00", "yesterday")), 400,
                    "INVALID_VALUE")
                    .andExpect(jsonPath("$.field").value("receivedAt"));
        }

        @Test
        void sends_the_related_case_id_with_the_intake() throws Exception {
            answers(3);
            String related = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";
            postJson("/api/petitions", PETITION.replace("\"receivedAt\"", "\"relatedCaseId\": \"" + related
                    + "\", \"receivedAt\"")).andExpect(status().isCreated());
            assertThat(((ReceivePetition) sentCommand()).relatedCaseId()).isEqualTo(new CaseId(related));
        }

        @Test
        void rejects_a_related_case_id_that_is_no_case_id() throws Exception {
            expectProblem(postJson("/api/petitions", PETITION.replace("\"receivedAt\"",
                    "\"relatedCaseId\": \"SH-2025-000007\", \"receivedAt\"")), 400, "UNKNOWN_RELATED_CASE")
                    .andExpect(jsonPath("$.field").value("relatedCaseId"));
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void refuses_an_intake_outside_the_callers_jurisdiction() throws Exception {
            authenticatedAs(new Caller("intake.guoyuan", Set.of(Role.INTAKE), "SH-GY", null, null));
            expectProblem(postJson("/api/petitions", PETITION), 403, "OUTSIDE_JURISDICTION")
                    .andExpect(jsonPath("$.field").value("gridCode"));
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void sends_the_callers_scope_and_expected_version_with_the_command() throws Exception {
            answers(4);
            authenticatedAs(new Caller("fuli.officer", Set.of(Role.OFFICER), "SH-FL", Set.of("SH-FL-MEDIATION"),
                    null));
            mvc.perform(post("/api/disputes/" + CASE_ID + "/notes").header("If-Match", "\"3\"")
                            .requestAttr(RequestIdFilter.ATTRIBUTE, "req-7")
                            .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"a note\"}"))
                    .andExpect(status().isOk());

            assertThat(sentMessage().getMetaData()).containsEntry("callerJurisdiction", "SH-FL")
                    .containsEntry("callerUnits", "SH-FL-MEDIATION").containsEntry("expectedVersion", "3")
                    .containsEntry("correlationId", "req-7");
        }

        @Test
        void rejects_an_invalid_if_match() throws Exception {
            expectProblem(mvc.perform(post("/api/disputes/" + CASE_ID + "/notes").header("If-Match", "\"five\"")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"a note\"}")), 400,
                    "INVALID_VALUE")
                    .andExpect(jsonPath("$.field").value("If-Match"));
        }

        @Test
        void lists_every_text_over_its_limit_without_echoing_it() throws Exception {
            String longSubject = "s".repeat(201);
            String longName = "张".repeat(201);
            expectProblem(postJson("/api/petitions", PETITION.replace("Courtyards demolished", longSubject)
                    .replace("\"张三\"", "\"" + longName + "\"")), 400, "INVALID_VALUE")
                    .andExpect(jsonPath("$.errors", hasSize(2)))
                    .andExpect(jsonPath("$.errors[0].field").value("subject"))
                    .andExpect(jsonPath("$.errors[1].field").value("petitioners[0].name"))
                    .andExpect(content().string(not(containsString(longName))));
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void refuses_business_times_outside_the_plausible_range_before_any_command() throws Exception {
            for (String receivedAt : new String[] {"\"0001-01-01T00:00:00Z\"", "-99999999999", "1e300",
                    "\"3000-01-01T00:00:00Z\""}) {
                expectProblem(postJson("/api/disputes", DISPUTE.replaceFirst("\\{", "{\"receivedAt\": "
                        + java.util.regex.Matcher.quoteReplacement(receivedAt) + ",")), 400, "INVALID_VALUE")
                        .andExpect(jsonPath("$.field").value("receivedAt"));
            }
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void rejects_an_acceptance_without_a_decision() throws Exception {
            expectProblem(postJson("/api/petitions/" + CASE_ID + "/acceptance", "{\"reason\": \"out of remit\"}"),
                    400, "INVALID_VALUE")
                    .andExpect(jsonPath("$.field").value("accepted"));
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void answers_an_invalid_case_id_in_the_path_with_not_found() throws Exception {
            expectProblem(postJson("/api/disputes/not-a-case/notes", "{\"text\": \"called the parties\"}"), 404,
                    "CASE_NOT_FOUND");
            verify(gateway, never()).sendAndWait(any(), anyLong(), any());
        }

        @Test
        void answers_an_unknown_kind_of_case_with_a_problem() throws Exception {
            expectProblem(postJson("/api/cases/" + CASE_ID + "/notes", "{\"text\": \"x\"}"), 404, "NOT_FOUND");
        }

        @Test
        void answers_a_wrong_method_with_a_problem() throws Exception {
            expectProblem(mvc.perform(put("/api/petitions").contentType(MediaType.APPLICATION_JSON).content("{}")),
                    405, "METHOD_NOT_ALLOWED");
        }

        @Test
        void rejects_a_body_that_is_not_json() throws Exception {
            expectProblem(mvc.perform(post("/api/petitions").contentType(MediaType.TEXT_PLAIN).content("hello")),
                    415, "UNSUPPORTED_MEDIA_TYPE")
                    .andExpect(jsonPath("$.instance").value("/api/petitions"));
        }
    }

    @Nested
    class CommandFailures {

        private static final String NOTE = "{\"text\": \"called the parties\"}";

        @Test
        void answers_a_conflict_with_the_rule_code() throws Exception {
            fails(new CaseRuleViolation(CaseRule.CASE_CLOSED));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 409, "CASE_CLOSED")
                    .andExpect(jsonPath("$.rule").value(CaseRule.CASE_CLOSED.description()))
                    .andExpect(jsonPath("$.field").doesNotExist())
                    .andExpect(jsonPath("$.instance").value("/api/petitions/" + CASE_ID + "/notes"));
        }

        @Test
        void answers_rule_details_from_the_bus_with_their_field() throws Exception {
            fails(new CommandExecutionException("rejected", null,
                    new CaseRuleViolation(CaseRule.UNKNOWN_UNIT).details()));

            expectProblem(postJson("/api/disputes/" + CASE_ID + "/assignment", "{\"unit\": \"SH-NOWHERE\"}"), 400,
                    "UNKNOWN_UNIT")
                    .andExpect(jsonPath("$.field").value("unit"))
                    .andExpect(jsonPath("$.rule").value(CaseRule.UNKNOWN_UNIT.description()));
        }

        @Test
        void finds_a_violation_wrapped_by_the_gateway() throws Exception {
            fails(new CompletionException(new CaseRuleViolation(CaseRule.ESCALATION_NOT_UPWARD)));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/escalation",
                    "{\"toLevel\": \"GRID\", \"reason\": \"wrong way\"}"), 409, "ESCALATION_NOT_UPWARD")
                    .andExpect(jsonPath("$.field").value("toLevel"));
        }

        @Test
        void answers_an_unknown_case_with_not_found() throws Exception {
            fails(new AggregateNotFoundException(CASE_ID.value(), "The aggregate was not found in the event store"));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 404, "CASE_NOT_FOUND");
        }

        @Test
        void answers_a_concurrent_change_with_conflict() throws Exception {
            fails(new ConcurrencyException("sequence 4 taken"));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 409, "CONCURRENT_MODIFICATION");
        }

        @Test
        void answers_a_timeout_with_service_unavailable() throws Exception {
            fails(new CommandExecutionException("An exception occurred while executing a command",
                    new TimeoutException()));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 503, "COMMAND_TIMEOUT")
                    .andExpect(header().string("Retry-After", "5"));
        }

        @Test
        void answers_an_unavailable_bus_with_service_unavailable() throws Exception {
            // what Axon Server's command bus answers while the server is away (seen with the real connector)
            fails(new CompletionException(new AxonServerException(ErrorCategory.COMMAND_DISPATCH_ERROR,
                    "Received exception while dispatching command", "axonserver", new IllegalStateException())));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 503, "BUS_UNAVAILABLE")
                    .andExpect(header().string("Retry-After", "5"));
        }

        @Test
        void answers_a_missing_handler_as_an_unavailable_bus() throws Exception {
            // handlers are missing while Axon Server restarts and the command sides register again
            fails(new NoHandlerForCommandException("No handler for command"));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 503, "BUS_UNAVAILABLE");
        }

        @Test
        void hides_the_details_of_an_unexpected_failure() throws Exception {
            fails(new IllegalStateException("secret internals"));

            expectProblem(postJson("/api/petitions/" + CASE_ID + "/notes", NOTE), 500, "INTERNAL_ERROR")
                    .andExpect(jsonPath("$.detail", not(containsString("secret"))));
        }
    }

    @Test
    void serves_the_jurisdiction_tree() throws Exception {
        mvc.perform(get("/api/jurisdictions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes", hasSize(1)))
                .andExpect(jsonPath("$.nodes[0].code").value("SH"))
                .andExpect(jsonPath("$.nodes[0].level").value("SUB_DISTRICT"))
                .andExpect(jsonPath("$.nodes[0].children", hasSize(8)))
                .andExpect(jsonPath("$.nodes[0].children[0].children[0].level").value("GRID"))
                .andExpect(jsonPath("$.units[0].code").isNotEmpty())
                .andExpect(jsonPath("$.units[0].level").isNotEmpty())
                .andExpect(jsonPath("$.district.code").value("SHQ"))
                .andExpect(jsonPath("$.district.level").value("DISTRICT"))
                .andExpect(jsonPath("$.units[?(@.code == 'SHQ-PETITION')].level").value("DISTRICT"));
    }

    @Test
    void keeps_personal_data_out_of_request_logs() {
        ReceivePetitionRequest request = new ReceivePetitionRequest(Channel.VISIT, Category.PROPERTY, "subject",
                "content", new NodeCode("SH-FL-G03"), List.of(new Petitioner("张三", "13812341234")), null, null, null,
                null);

        assertThat(request.toString()).doesNotContain("张三", "13812341234", "content");
    }
}
