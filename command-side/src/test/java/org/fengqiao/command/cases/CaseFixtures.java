package org.fengqiao.command.cases;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.command.cases.dispute.Dispute;
import org.fengqiao.command.cases.lifecycle.BusinessTimePolicy;
import org.fengqiao.command.cases.lifecycle.Case;
import org.fengqiao.command.cases.lifecycle.CaseHistories;
import org.fengqiao.command.cases.lifecycle.FollowUpSettings;
import org.fengqiao.command.cases.lifecycle.HighRiskPolicy;
import org.fengqiao.command.cases.lifecycle.JudgeWorkstation;
import org.fengqiao.command.cases.lifecycle.RuleViolationInterceptor;
import org.fengqiao.command.cases.petition.Petition;
import org.fengqiao.command.numbering.CaseNumbers;
import org.fengqiao.command.personaldata.PersonalValues;
import org.fengqiao.command.timelimits.HolidayCalendar;
import org.fengqiao.command.timelimits.SupervisionSettings;
import org.fengqiao.command.timelimits.TimeLimitPolicy;
import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.personaldata.RetentionSchedule;
import org.fengqiao.platform.personaldata.InMemorySubjectKeyStore;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.fengqiao.platform.personaldata.SubjectKeyStore;

/** The fixture every case rule test runs on: the polymorphic case aggregate, sample jurisdiction, a fixed clock. */
public final class CaseFixtures {

    /** "Now" for every fixture test: 2026-07-01 10:00 in Baotou. */
    public static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    /** The default time-limit policy (the limits of docs/domain.md, the 2026 calendar). */
    public static final TimeLimitPolicy POLICY = defaultPolicy();

    /** The default business-time policy: 30 days back at most, 5 minutes ahead for clocks apart. */
    public static final BusinessTimePolicy BUSINESS_TIME = new BusinessTimePolicy(Duration.ofDays(30),
            Duration.ofMinutes(5));

    /** Disputes kept three years after closure, withdrawn ones not at all; petitions the default ten years. */
    public static final RetentionSchedule RETENTION = new RetentionSchedule(Map.of("dispute", Period.ofYears(3),
            "dispute-withdrawn", Period.ZERO), ZoneId.of("Asia/Shanghai"));

    private CaseFixtures() {
    }

    public static FixtureConfiguration<Case> fixture() {
        return fixture(new CountingCaseNumbers());
    }

    /**
     * A fixture whose case numbers come from {@code numbers}: one fixture records one case (an intake loads the case
     * if it exists, and the fixture allows one aggregate id), so tests of numbering across cases share the counter.
     */
    public static FixtureConfiguration<Case> fixture(CaseNumbers numbers) {
        return fixture(numbers, new RecordedCases());
    }

    /** A fixture whose intake handlers read earlier cases' events from {@code earlierCases}. */
    public static FixtureConfiguration<Case> fixture(RecordedCases earlierCases) {
        return fixture(new CountingCaseNumbers(), earlierCases);
    }

    /** A fixture whose cases keep their data subjects' keys in {@code keys}. */
    public static FixtureConfiguration<Case> fixture(SubjectKeyStore keys) {
        return fixture(new CountingCaseNumbers(), new RecordedCases(), keys);
    }

    /** A fixture whose "now" is {@code clock}'s rather than {@link #NOW}. */
    public static FixtureConfiguration<Case> fixture(Clock clock) {
        return fixture(new CountingCaseNumbers(), new RecordedCases(), new InMemorySubjectKeyStore(), clock);
    }

    /** A fixture at {@code clock}'s time whose keys are {@code keys}. */
    public static FixtureConfiguration<Case> fixture(Clock clock, SubjectKeyStore keys) {
        return fixture(new CountingCaseNumbers(), new RecordedCases(), keys, clock);
    }

    private static FixtureConfiguration<Case> fixture(CaseNumbers numbers, RecordedCases earlierCases) {
        return fixture(numbers, earlierCases, new InMemorySubjectKeyStore());
    }

    private static FixtureConfiguration<Case> fixture(CaseNumbers numbers, RecordedCases earlierCases,
            SubjectKeyStore keys) {
        return fixture(numbers, earlierCases, keys, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    private static FixtureConfiguration<Case> fixture(CaseNumbers numbers, RecordedCases earlierCases,
            SubjectKeyStore keys, Clock clock) {
        FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class)
                .withSubtypes(Petition.class, Dispute.class);
        List<Object> resources = List.of(sampleJurisdictions(), numbers,
                clock, POLICY, SupervisionSettings.defaults(), BUSINESS_TIME, earlierCases, HighRiskPolicy.defaults(),
                RETENTION, FollowUpSettings.defaults(), JudgeWorkstation.defaults(),
                new PersonalValues(new PersonalDataCipher(keys), keys));
        resources.forEach(fixture::registerInjectableResource);
        fixture.registerCommandHandlerInterceptor(new RuleViolationInterceptor());
        // The fixture stamps given events with the root type, where the application stores the concrete one; this
        // repository picks the subtype from the intake event instead, and keeps the subtypes' handlers.
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Case.class),
                new SimpleResourceParameterResolverFactory(fixtureResources(fixture)));
        fixture.registerRepository(EventSourcingRepository.builder(Case.class)
                .aggregateModel(AnnotatedAggregateMetaModelFactory.inspectAggregate(Case.class, resolvers,
                        ClasspathHandlerDefinition.forClass(Case.class), Set.of(Petition.class, Dispute.class)))
                .aggregateFactory(new IntakeTypedFactory())
                .eventStore(fixture.getEventStore())
                .build());
        return fixture;
    }

    /** The fixture's resources, including its stub deadline manager, which the fixture does not hand out. */
    @SuppressWarnings("unchecked")
    private static List<Object> fixtureResources(FixtureConfiguration<Case> fixture) {
        try {
            Field field = AggregateTestFixture.class.getDeclaredField("resources");
            field.setAccessible(true);
            return List.copyOf((List<Object>) field.get(fixture));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default policy with the sample 2026 calendar. */
    public static TimeLimitPolicy defaultPolicy() {
        try (var in = CaseFixtures.class.getResourceAsStream("/calendar/cn-2026.txt")) {
            return TimeLimitPolicy.defaults(new HolidayCalendar(
                    List.of(HolidayCalendar.read(new InputStreamReader(in, StandardCharsets.UTF_8)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JurisdictionTree sampleJurisdictions() {
        try (var in = JurisdictionTree.class.getResourceAsStream("/jurisdiction/saihan.txt")) {
            return JurisdictionTree.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks the subtype from the intake event. In the application Axon picks it from the aggregate type stored with
     * each event; the fixture stamps given events with the root type, so it needs this.
     */
    static final class IntakeTypedFactory implements AggregateFactory<Case> {

        @Override
        public Case createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
            Class<? extends Case> type = firstEvent.getPayload() instanceof DisputeReceived ? Dispute.class
                    : Petition.class;
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Class<Case> getAggregateType() {
            return Case.class;
        }
    }

    /** Other cases' events, as the event store would hand them to a handler; no case until one is recorded. */
    public static final class RecordedCases implements CaseHistories {
        private final Map<CaseId, List<Object>> events = new HashMap<>();

        /** Records a case whose first event names it. */
        public RecordedCases with(List<Object> history) {
            events.put(((CaseEvent) history.get(0)).caseId(), List.copyOf(history));
            return this;
        }

        @Override
        public List<Object> eventsOf(CaseId caseId) {
            return events.getOrDefault(caseId, List.of());
        }
    }

    /** Numbers from an in-memory counter per sub-district and year, as the JDBC one hands them out. */
    public static final class CountingCaseNumbers implements CaseNumbers {
        private final Map<String, Long> last = new HashMap<>();

        @Override
        public CaseNumber next(NodeCode subDistrict, int year) {
            long next = last.merge(subDistrict.value() + "-" + year, 1L, Long::sum);
            return CaseNumber.of(subDistrict.value(), year, next);
        }
    }
}
