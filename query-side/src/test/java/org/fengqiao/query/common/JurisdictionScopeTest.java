package org.fengqiao.query.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which nodes a caller sees, for lists and boards: its own node and everything below it, or everything; and which
 * confidential cases: those confidential to one of its roles or to its account.
 */
class JurisdictionScopeTest {

    private final JurisdictionScope scope = new JurisdictionScope(tree());

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_community_caller_sees_its_community_and_its_grids_only() {
        as("SH-FL");
        JurisdictionScope.Visible visible = scope.current();
        assertThat(visible.all()).isFalse();
        assertThat(visible.node()).isEqualTo(new NodeCode("SH-FL"));
        assertThat(visible.covers(new NodeCode("SH-FL"))).isTrue();
        assertThat(visible.covers(new NodeCode("SH-FL-G03"))).isTrue();
        assertThat(visible.covers(new NodeCode("SH"))).isFalse();
        assertThat(visible.covers(new NodeCode("SH-GY-G01"))).isFalse();
        assertThat(visible.covers(new NodeCode("SH-NOWHERE"))).isFalse();
    }

    @Test
    void a_sub_district_caller_sees_everything() {
        as(null);
        assertThat(scope.current().all()).isTrue();
        assertThat(scope.current().covers(new NodeCode("SH-GY-G01"))).isTrue();
    }

    @Test
    void a_case_outside_is_answered_as_unknown() {
        as("SH-FL");
        assertThatThrownBy(() -> scope.current().check(view(false, Set.of(), Set.of())))
                .isInstanceOfSatisfying(QueryRejection.class,
                        e -> assertThat(e.code()).isEqualTo(QueryRejection.CASE_NOT_FOUND));
    }

    @Test
    void a_confidential_case_is_seen_by_its_named_roles_and_accounts_only() {
        CaseView confidential = view(true, Set.of("SUPERVISOR", "AUDITOR"), Set.of("li.inspector"));

        as("someone", null, Role.SUPERVISOR);
        assertThat(scope.current().covers(confidential)).isTrue();
        as("li.inspector", null, Role.OFFICER);
        assertThat(scope.current().covers(confidential)).isTrue();
        as("zhao.officer", null, Role.OFFICER, Role.INTAKE);
        assertThat(scope.current().covers(confidential)).isFalse();
        assertThatThrownBy(() -> scope.current().check(confidential))
                .isInstanceOfSatisfying(QueryRejection.class,
                        e -> assertThat(e.code()).isEqualTo(QueryRejection.CASE_NOT_FOUND));
        assertThat(scope.current().covers(view(false, Set.of(), Set.of()))).isTrue();
        assertThat(scope.current().viewer().roles()).containsExactlyInAnyOrder("OFFICER", "INTAKE");
    }

    @Test
    void a_named_role_outside_the_cases_jurisdiction_still_does_not_see_it() {
        as("someone", "SH-FL", Role.AUDITOR);
        assertThat(scope.current().covers(view(true, Set.of("AUDITOR"), Set.of()))).isFalse();
    }

    @Test
    void without_a_caller_no_confidential_case_is_seen() {
        SecurityContextHolder.clearContext();
        assertThat(scope.current().covers(view(true, Set.of("SUPERVISOR"), Set.of()))).isFalse();
        assertThat(scope.current().covers(view(false, Set.of(), Set.of()))).isTrue();
    }

    @Test
    void admits_by_role_or_account() {
        as("li.inspector", null, Role.OFFICER);
        assertThat(scope.current().admits(List.of("AUDITOR"), List.of("li.inspector"))).isTrue();
        assertThat(scope.current().admits(List.of("OFFICER"), List.of())).isTrue();
        assertThat(scope.current().admits(List.of("AUDITOR"), List.of("wu.auditor"))).isFalse();
    }

    /** A dispute in Guoyuan's grid 1, confidential or not. */
    private static CaseView view(boolean confidential, Set<String> roles, Set<String> accounts) {
        return CaseView.builder(new CaseId("5f0c2a7e-1b3d-4c5e-8f90-123456789abc"), CaseKind.DISPUTE)
                .jurisdiction(new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-GY"), new NodeCode("SH-GY-G01")))
                .version(2)
                .confidential(confidential)
                .confidentialRoles(roles)
                .confidentialAccounts(accounts)
                .build();
    }

    private static void as(String jurisdiction) {
        as("someone", jurisdiction, Role.SUPERVISOR);
    }

    private static void as(String name, String jurisdiction, Role... roles) {
        Caller caller = new Caller(name, Set.of(roles), jurisdiction, null, null);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(caller, null, "ROLE_X"));
    }

    private static JurisdictionTree tree() {
        try (InputStream data = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt")) {
            return JurisdictionTree.read(new InputStreamReader(data, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
