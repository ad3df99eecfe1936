package org.fengqiao.query.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.lifecycle.CaseAssigned;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.PersonalData;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.InMemorySubjectKeyStore;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.Role;
import org.fengqiao.query.caseview.CaseViewFold;
import org.junit.jupiter.api.Test;

/** Who sees a case's personal values in full, who sees masks, and what restriction and erasure leave. */
class DisclosureTest {

    private static final CaseId CASE = new CaseId("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    private static final Instant AT = Instant.parse("2026-07-01T02:00:00Z");

    private final InMemorySubjectKeyStore keys = new InMemorySubjectKeyStore();
    private final PersonalDataCipher cipher = new PersonalDataCipher(keys);
    private final CaseView assigned = assignedTo("SH-FL-PROPERTY");

    private static CaseView received() {
        JurisdictionPath path = new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-FL"),
                new NodeCode("SH-FL-G05"));
        return CaseViewFold.apply(null, new DisputeReceived(CASE, new CaseNumber("SH-2026-000009"),
                DisputeSource.APPLICATION, new Category("NEIGHBOUR"), "Noise", "x", path,
                List.of(new Party("a", null, PartyRole.APPLICANT), new Party("b", null, PartyRole.RESPONDENT)),
                MediationVisibility.NON_PUBLIC, AT, new Actor("intake")), 0, AT);
    }

    private static CaseView assignedTo(String unit) {
        return CaseViewFold.apply(received(), new CaseAssigned(CASE, new UnitCode(unit), Level.COMMUNITY, "zhou",
                null, AT, new Actor("supervisor")), 1, AT);
    }

    private String sealed(PersonalData.Kind kind, int subject, String text) {
        String id = SealedValue.subject(CASE, subject);
        return new SealedValue(kind, id, cipher.seal(id, kind.name(), text)).token();
    }

    private Map<String, Object> fields() {
        return Map.of("content", sealed(PersonalData.Kind.TEXT, 1, "王芳 cannot sleep"),
                "parties", List.of(
                        Map.of("name", sealed(PersonalData.Kind.NAME, 1, "王芳"),
                                "phone", sealed(PersonalData.Kind.PHONE, 1, "13812341234"),
                                "role", "APPLICANT"),
                        Map.of("name", sealed(PersonalData.Kind.NAME, 2, "李四"), "role", "RESPONDENT")),
                "subject", "Noise");
    }

    private static Caller caller(Role role, String... units) {
        return new Caller("someone", Set.of(role), null, Set.of(units), null);
    }

    private Disclosure disclosure(Caller caller, Set<Integer> restricted, Set<Integer> erased) {
        return new Disclosure(cipher, PersonalDataDisclosure.sight(caller, assigned),
                caller != null && caller.has(Role.AUDITOR), restricted, erased);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> party(Map<String, Object> shown, int index) {
        return ((List<Map<String, Object>>) shown.get("parties")).get(index);
    }

    @Test
    void the_handling_units_officer_a_supervisor_and_an_auditor_see_in_full() {
        assertThat(PersonalDataDisclosure.sight(caller(Role.OFFICER, "SH-FL-PROPERTY"), assigned))
                .isEqualTo(Disclosure.Sight.FULL);
        assertThat(PersonalDataDisclosure.sight(caller(Role.OFFICER), assigned)).isEqualTo(Disclosure.Sight.FULL);
        assertThat(PersonalDataDisclosure.sight(caller(Role.SUPERVISOR), assigned)).isEqualTo(Disclosure.Sight.FULL);
        assertThat(PersonalDataDisclosure.sight(caller(Role.AUDITOR), assigned)).isEqualTo(Disclosure.Sight.FULL);

        Disclosure disclosure = disclosure(caller(Role.OFFICER, "SH-FL-PROPERTY"), Set.of(), Set.of());
        Map<String, Object> shown = disclosure.fields("0:DisputeReceived", fields(), Map.of());
        assertThat(party(shown, 0)).containsEntry("name", "王芳").containsEntry("phone", "13812341234")
                .containsEntry("role", "APPLICANT");
        assertThat(shown).containsEntry("content", "王芳 cannot sleep").containsEntry("subject", "Noise");
        assertThat(disclosure.disclosed()).contains("0:DisputeReceived.parties[0].name",
                "0:DisputeReceived.parties[1].name", "0:DisputeReceived.content");
        assertThat(disclosure.disclosedSubjects()).containsExactly(1, 2);
    }

    @Test
    void everyone_else_sees_masks_and_nothing_is_disclosed() {
        for (Caller other : List.of(caller(Role.OFFICER, "SH-FL-MEDIATION"), caller(Role.INTAKE),
                caller(Role.SYSTEM), caller(Role.ADMIN))) {
            assertThat(PersonalDataDisclosure.sight(other, assigned)).isEqualTo(Disclosure.Sight.MASKED);
        }
        // not yet assigned: no officer handles it
        assertThat(PersonalDataDisclosure.sight(caller(Role.OFFICER, "SH-FL-PROPERTY"), received()))
                .isEqualTo(Disclosure.Sight.MASKED);
        Disclosure disclosure = disclosure(caller(Role.INTAKE), Set.of(), Set.of());
        Map<String, Object> shown = disclosure.fields("0:DisputeReceived", fields(), Map.of());
        assertThat(party(shown, 0)).containsEntry("name", "王*").containsEntry("phone", "138****1234");
        assertThat(party(shown, 1)).containsEntry("name", "李*");
        assertThat(shown).containsEntry("content", "[hidden]");
        assertThat(disclosure.disclosed()).isEmpty();
    }

    @Test
    void a_restricted_subject_is_shown_to_auditors_only() {
        Map<String, Object> officer = disclosure(caller(Role.SUPERVISOR), Set.of(1), Set.of())
                .fields("0:DisputeReceived", fields(), Map.of());
        assertThat(party(officer, 0)).containsEntry("name", Disclosure.RESTRICTED);
        assertThat(officer).containsEntry("content", Disclosure.RESTRICTED);
        assertThat(party(officer, 1)).containsEntry("name", "李四");
        Map<String, Object> auditor = disclosure(caller(Role.AUDITOR), Set.of(1), Set.of())
                .fields("0:DisputeReceived", fields(), Map.of());
        assertThat(party(auditor, 0)).containsEntry("name", "王芳");
    }

    @Test
    void an_erased_subject_is_shown_to_no_one_whether_the_key_is_gone_yet_or_not() {
        Map<String, Object> before = fields();
        Map<String, Object> byEvent = disclosure(caller(Role.AUDITOR), Set.of(), Set.of(1))
                .fields("0:DisputeReceived", before, Map.of());
        assertThat(party(byEvent, 0)).containsEntry("name", Disclosure.ERASED);
        keys.destroy(SealedValue.subject(CASE, 1));
        Disclosure disclosure = disclosure(caller(Role.AUDITOR), Set.of(), Set.of());
        Map<String, Object> byKey = disclosure.fields("0:DisputeReceived", before, Map.of());
        assertThat(party(byKey, 0)).containsEntry("name", Disclosure.ERASED).containsEntry("phone", Disclosure.ERASED);
        assertThat(byKey).containsEntry("content", Disclosure.ERASED);
        assertThat(party(byKey, 1)).containsEntry("name", "李四");
        assertThat(disclosure.disclosedSubjects()).containsExactly(2);
    }

    @Test
    void a_plain_value_at_a_personal_place_is_masked_and_disclosed_like_a_sealed_one() {
        DisputeReceived stored = new DisputeReceived(CASE, new CaseNumber("SH-2026-000009"), DisputeSource.APPLICATION,
                new Category("NEIGHBOUR"), "Noise", "王芳 cannot sleep", received().jurisdiction(),
                List.of(new Party("王芳", "13812341234", PartyRole.APPLICANT), new Party("李四", null,
                        PartyRole.RESPONDENT)), MediationVisibility.NON_PUBLIC, AT, new Actor("intake"));
        Map<String, PersonalField> places = PersonalField.paths(stored);
        assertThat(places).containsEntry("parties[0].name", new PersonalField(PersonalData.Kind.NAME, 1))
                .containsEntry("parties[1].name", new PersonalField(PersonalData.Kind.NAME, 2))
                .containsEntry("content", new PersonalField(PersonalData.Kind.TEXT, 1))
                .doesNotContainKeys("subject", "parties[1].phone", "parties[0].role");
        Map<String, Object> plain = Map.of("content", "王芳 cannot sleep", "subject", "Noise", "parties", List.of(
                Map.of("name", "王芳", "phone", "13812341234"), Map.of("name", "李四")));

        Map<String, Object> masked = disclosure(caller(Role.INTAKE), Set.of(), Set.of())
                .fields("0:DisputeReceived", plain, places);
        assertThat(party(masked, 0)).containsEntry("name", "王*").containsEntry("phone", "138****1234");
        assertThat(masked).containsEntry("content", "[hidden]").containsEntry("subject", "Noise");

        Disclosure full = disclosure(caller(Role.AUDITOR), Set.of(2), Set.of(1));
        Map<String, Object> shown = full.fields("0:DisputeReceived", plain, places);
        assertThat(party(shown, 0)).containsEntry("name", Disclosure.ERASED);
        assertThat(party(shown, 1)).containsEntry("name", "李四");
        assertThat(full.disclosed()).containsExactly("0:DisputeReceived.parties[1].name");
    }

    @Test
    void the_key_of_an_erased_subject_found_again_is_destroyed_again() {
        String erased = SealedValue.subject(CASE, 1);
        keys.keyFor(erased);
        keys.keyFor(SealedValue.subject(CASE, 2));
        PersonalDataDisclosure disclosures = new PersonalDataDisclosure(cipher, keys, null);
        disclosures.forCase(caller(Role.AUDITOR), assigned, Set.of(), Set.of(1));
        assertThat(keys.find(erased)).isEmpty();
        assertThat(keys.find(SealedValue.subject(CASE, 2))).isPresent();
    }
}
