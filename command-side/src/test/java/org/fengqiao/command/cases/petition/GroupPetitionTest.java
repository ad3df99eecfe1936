package org.fengqiao.command.cases.petition;

import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.sequenceOf;
import static org.fengqiao.command.cases.CaseEvents.INTAKE;
import static org.fengqiao.command.cases.CaseEvents.RECEIVED_AT;
import static org.fengqiao.command.cases.CaseEvents.TASK_FORCE;
import static org.fengqiao.command.cases.RuleViolations.violates;
import static org.hamcrest.Matchers.instanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.dispatch.CaseDispatched;
import org.fengqiao.cases.lifecycle.CaseEscalated;
import org.fengqiao.cases.petition.GroupPetitions;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.risk.RiskLevelChanged;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.Level;
import org.fengqiao.command.cases.CaseEvents;
import org.fengqiao.command.cases.CaseFixtures;
import org.fengqiao.command.cases.lifecycle.CallerScope;
import org.fengqiao.command.cases.lifecycle.Case;
import org.fengqiao.command.timelimits.LimitEnd;
import org.junit.jupiter.api.Test;

/**
 * Group petitions (联名 / 集体访, 信访条例 Art. 18): representatives, at most five, for a headcount, with an optional
 * member list; five people or more make a group case, at least HIGH risk from its intake.
 */
class GroupPetitionTest {

    private static final List<Petitioner> FIVE = List.of(new Petitioner("刘一", "13800000001"),
            new Petitioner("陈二", "13800000002"), new Petitioner("张三", "13800000003"),
            new Petitioner("李四", "13800000004"), new Petitioner("王五", "13800000005"));
    private static final String THREAT = "an owner threatened to jump from the building";

    private final FixtureConfiguration<Case> fixture = CaseFixtures.fixture();
    private final PetitionEvents petition = new PetitionEvents();

    @Test
    void five_representatives_for_42_owners_make_a_group_case_at_high_risk_from_its_intake() {
        List<String> owners = owners(42);
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(FIVE.toArray(Petitioner[]::new))
                        .group(42, owners.toArray(String[]::new)).command())
                .expectEvents(receivedAtHighRisk(petition.received(FIVE, 42, owners)));
    }

    @Test
    void five_petitioners_without_a_headcount_are_a_group_too() {
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(FIVE.toArray(Petitioner[]::new)).command())
                .expectEvents(receivedAtHighRisk(petition.received(FIVE, null, List.of())));
    }

    @Test
    void a_group_given_a_lower_risk_is_raised_to_high_with_the_groups_reason() {
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(FIVE.get(0)).group(12).risk(RiskLevel.MEDIUM, "neighbours quarrel")
                        .command())
                .expectEvents(receivedAtHighRisk(petition.received(List.of(FIVE.get(0)), 12, List.of())));
    }

    @Test
    void a_critical_group_stays_critical_with_its_own_reason() {
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(FIVE.toArray(Petitioner[]::new)).group(42)
                        .risk(RiskLevel.CRITICAL, THREAT).policeInformed(true).command())
                .expectEvents(petition.received(FIVE, 42, List.of()),
                        new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.CRITICAL, THREAT,
                                RECEIVED_AT, INTAKE, true),
                        new CaseEscalated(PetitionEvents.ID, Level.GRID, Level.SUB_DISTRICT,
                                "risk CRITICAL: to the sub-district at once", RECEIVED_AT, INTAKE),
                        petition.deadlineSet(TimeLimit.ACCEPTANCE, 1, RECEIVED_AT, 7, INTAKE), toTaskForce(),
                        leaderDue());
    }

    @Test
    void fewer_than_five_people_are_no_group_and_keep_the_risk_given() {
        List<Petitioner> two = FIVE.subList(0, 2);
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(two.toArray(Petitioner[]::new)).group(4, "刘一", "陈二", "赵六")
                        .command())
                .expectEvents(petition.received(two, 4, List.of("刘一", "陈二", "赵六")), petition.acceptanceLimit());
    }

    @Test
    void a_group_speaking_for_more_people_than_it_names_chooses_at_most_five_representatives() {
        List<Petitioner> six = new ArrayList<>(FIVE);
        six.add(new Petitioner("赵六", "13800000006"));
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(six.toArray(Petitioner[]::new)).group(42).command())
                .expectException(violates(CaseRule.TOO_MANY_REPRESENTATIVES))
                .expectNoEvents();
        // six petitioners who are the whole group represent no one else
        CaseFixtures.fixture().givenNoPriorActivity()
                .when(petition.intake().petitioners(six.toArray(Petitioner[]::new)).group(6).command())
                .expectSuccessfulHandlerExecution()
                .expectEvents(receivedAtHighRisk(petition.received(six, 6, List.of())));
    }

    @Test
    void a_headcount_counts_the_petitioners_too_and_stays_within_bounds() {
        for (int headcount : new int[] {0, 4, 100_001}) {
            CaseFixtures.fixture().givenNoPriorActivity()
                    .when(petition.intake().petitioners(FIVE.toArray(Petitioner[]::new)).group(headcount).command())
                    .expectException(violates(CaseRule.HEADCOUNT_INVALID))
                    .expectNoEvents();
        }
    }

    @Test
    void a_group_names_no_more_members_than_its_headcount_and_members_only_with_one() {
        fixture.givenNoPriorActivity()
                .when(petition.intake().petitioners(FIVE.toArray(Petitioner[]::new))
                        .group(5, owners(6).toArray(String[]::new)).command())
                .expectException(violates(CaseRule.MEMBERS_EXCEED_HEADCOUNT))
                .expectNoEvents();
        CaseFixtures.fixture().givenNoPriorActivity()
                .when(petition.intake().group(null, "刘一").command())
                .expectException(violates(CaseRule.MEMBERS_EXCEED_HEADCOUNT))
                .expectNoEvents();
    }

    @Test
    void a_group_case_is_lowered_below_high_only_by_a_supervisor_with_a_reason() {
        Object[] intake = receivedAtHighRisk(petition.received(FIVE, 42, owners(42)));
        fixture.given(intake)
                .when(petition.changeRisk(RiskLevel.MEDIUM, "the owners' meeting calmed the matter"),
                        caller("officer1", "OFFICER"))
                .expectException(violates(CaseRule.GROUP_RISK_LOWERED_BY_SUPERVISOR))
                .expectNoEvents();
        CaseFixtures.fixture().given(intake)
                .when(petition.changeRisk(RiskLevel.MEDIUM, " "), caller("supervisor1", "SUPERVISOR"))
                .expectException(violates(CaseRule.REASON_REQUIRED))
                .expectNoEvents();
        CaseFixtures.fixture().given(intake)
                .when(petition.changeRisk(RiskLevel.MEDIUM, "the owners' meeting calmed the matter"),
                        caller("supervisor1", "SUPERVISOR"))
                .expectEvents(new RiskLevelChanged(PetitionEvents.ID, RiskLevel.HIGH, RiskLevel.MEDIUM,
                        "the owners' meeting calmed the matter", CaseEvents.NOW, CaseEvents.OFFICER, null));
    }

    @Test
    void an_officer_may_raise_a_group_case_and_lower_a_case_that_is_no_group() {
        Object[] intake = receivedAtHighRisk(petition.received(FIVE, 42, owners(42)));
        fixture.given(intake)
                .when(petition.changeRisk(RiskLevel.CRITICAL, THREAT, true), caller("officer1", "OFFICER"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(sequenceOf(instanceOf(RiskLevelChanged.class))));
        List<Petitioner> two = FIVE.subList(0, 2);
        CaseFixtures.fixture()
                .given(petition.received(two, null, List.of()),
                        new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.HIGH, THREAT, RECEIVED_AT,
                                INTAKE, true))
                .when(petition.changeRisk(RiskLevel.MEDIUM, "the threat was withdrawn"), caller("officer1", "OFFICER"))
                .expectEvents(new RiskLevelChanged(PetitionEvents.ID, RiskLevel.HIGH, RiskLevel.MEDIUM,
                        "the threat was withdrawn", CaseEvents.NOW, CaseEvents.OFFICER, null));
    }

    private static Map<String, Object> caller(String name, String role) {
        return CallerScope.metaData(name, List.of(role), null, null, null);
    }

    /** The intake of a group case: received, raised to HIGH, at the sub-district, the high-risk acceptance limit. */
    private Object[] receivedAtHighRisk(PetitionReceived received) {
        return new Object[] {received, raisedByTheGroup(),
            new CaseEscalated(PetitionEvents.ID, Level.GRID, Level.SUB_DISTRICT, "risk HIGH: to the sub-district at once",
                    RECEIVED_AT, INTAKE),
            // half of 15 days
            petition.deadlineSet(TimeLimit.ACCEPTANCE, 1, RECEIVED_AT, 7, INTAKE), toTaskForce(), leaderDue()};
    }

    /** The high-risk protocol: dispatched to the task force at once, a leader due within 24 hours. */
    private static CaseDispatched toTaskForce() {
        LimitEnd window = CaseFixtures.POLICY.signForWindow(RECEIVED_AT);
        return new CaseDispatched(PetitionEvents.ID, TASK_FORCE, List.of(), "High risk at intake: sign for the case and name the leader who owns it.",
                window.dueAt(), window.calendarDegraded(), RECEIVED_AT, INTAKE);
    }

    private static DeadlineSet leaderDue() {
        return new DeadlineSet(PetitionEvents.ID, "RISK_LEADER-2", TimeLimit.RISK_LEADER,
                RECEIVED_AT.plus(Duration.ofHours(24)), null, null, RECEIVED_AT, INTAKE);
    }

    private static RiskLevelChanged raisedByTheGroup() {
        return new RiskLevelChanged(PetitionEvents.ID, RiskLevel.LOW, RiskLevel.HIGH, GroupPetitions.RISK_REASON,
                RECEIVED_AT, INTAKE, null);
    }

    private static List<String> owners(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> "业主" + n).toList();
    }
}
