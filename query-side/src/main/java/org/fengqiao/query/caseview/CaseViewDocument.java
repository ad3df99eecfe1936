package org.fengqiao.query.caseview;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fengqiao.cases.lifecycle.MeetingType;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.ReviewStage;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.status.CaseStatus;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.Outcome;
import org.fengqiao.cases.value.Satisfaction;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a {@link CaseView} is stored: collection {@value #COLLECTION}, {@code _id} the case id, plain strings, numbers
 * and dates only, so the stored shape does not follow the kernel's Java types around. {@code version} is the number of
 * events folded in; the projection applies an event only when its sequence number equals it. {@code confidential}
 * (absent in documents written before confidential cases existed: not confidential) with the roles and accounts that
 * may see the case, which the case list filters on. {@code calendarDegradedLimits}: the running limits counted without a
 * holiday file (absent in older documents: none). {@code dispatch} (absent: never dispatched) with, for the queries,
 * {@code dispatchPending}, the units that still owe the case an answer, and {@code dispatchRounds}, 0 for a case never
 * dispatched. {@code aftercare}: the agreement's terms and their performance
 * ({@link AftercareDocument}; absent in older documents: none).
 * {@code groupCase} and {@code people} (absent in older documents: not a group, 0). {@code lastCheckInAt} (absent in
 * older documents and before the first check-in).
 * {@code linked}: the linked cases, the primary and the duplicates merged in ({@link LinkedCasesDocument}; absent in
 * older documents: none).
 * {@code judicialConfirmation} ({@link JudicialConfirmationDocument}; absent: no window opened).
 * {@code meetingsHeld} ({@link MeetingDocument}; absent in older documents: none kept). {@code petitionType}
 * (absent: none).
 */
@Document(CaseViewDocument.COLLECTION)
record CaseViewDocument(
        @Id String id,
        String kind,
        String caseNumber,
        String status,
        String category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        String subDistrict,
        String community,
        String grid,
        String unit,
        @NotPersonalData("a staff account: the handling officer") String officer,
        String riskLevel,
        String level,
        String resolutionLevel,
        Instant receivedAt,
        Instant acceptedAt,
        Instant assignedAt,
        Instant lastActivityAt,
        Instant closedAt,
        int meetings,
        Map<String, Integer> meetingsByType,
        boolean hasAgreement,
        boolean hasReply,
        String outcome,
        String satisfaction,
        boolean escalated,
        Map<String, Instant> deadlines,
        List<String> dueSoon,
        int missedDeadlines,
        boolean overdue,
        boolean hearing,
        @NotPersonalData("a staff account: the leader who owns the case") String riskLeader,
        Boolean policeInformed,
        String reviewStage,
        long version,
        Boolean confidential,
        List<String> confidentialRoles,
        List<String> confidentialAccounts,
        List<String> calendarDegradedLimits,
        DispatchDocument dispatch,
        List<String> dispatchPending,
        int dispatchRounds,
        AftercareDocument aftercare,
        Boolean groupCase,
        Integer people,
        Instant lastCheckInAt,
        LinkedCasesDocument linked,
        JudicialConfirmationDocument judicialConfirmation,
        List<MeetingDocument> meetingsHeld,
        String petitionType) {

    static final String COLLECTION = "case_views";

    static final String ID = "_id";
    static final String KIND = "kind";
    static final String CASE_NUMBER = "caseNumber";
    static final String STATUS = "status";
    static final String CATEGORY = "category";
    static final String SUB_DISTRICT = "subDistrict";
    static final String COMMUNITY = "community";
    static final String GRID = "grid";
    static final String UNIT = "unit";
    static final String OFFICER = "officer";
    static final String RISK_LEVEL = "riskLevel";
    static final String RECEIVED_AT = "receivedAt";
    static final String CLOSED_AT = "closedAt";
    static final String OUTCOME = "outcome";
    static final String LAST_ACTIVITY_AT = "lastActivityAt";
    static final String OVERDUE = "overdue";
    static final String CONFIDENTIAL = "confidential";
    static final String CONFIDENTIAL_ROLES = "confidentialRoles";
    static final String CONFIDENTIAL_ACCOUNTS = "confidentialAccounts";
    static final String DISPATCH_PENDING = "dispatchPending";
    static final String DISPATCH_ROUNDS = "dispatchRounds";

    /**
     * The indexes the case list needs: one per sort key, one per equality filter that narrows a list a lot, and open
     * cases by kind and age. MongoDB can use several single-field indexes for one query.
     */
    static List<Index> indexes() {
        return List.of(
                new Index().on(RECEIVED_AT, Sort.Direction.DESC).named("receivedAt"),
                new Index().on(LAST_ACTIVITY_AT, Sort.Direction.DESC).named("lastActivityAt"),
                new Index().on(CASE_NUMBER, Sort.Direction.ASC).named("caseNumber"),
                new Index().on(STATUS, Sort.Direction.ASC).on(KIND, Sort.Direction.ASC)
                        .on(RECEIVED_AT, Sort.Direction.ASC).named("status_kind_receivedAt"),
                new Index().on(COMMUNITY, Sort.Direction.ASC).named("community"),
                new Index().on(GRID, Sort.Direction.ASC).named("grid"),
                new Index().on(UNIT, Sort.Direction.ASC).named("unit"),
                new Index().on(OFFICER, Sort.Direction.ASC).named("officer"));
    }

    static CaseViewDocument of(CaseView view) {
        JurisdictionPath path = view.jurisdiction();
        Map<String, Integer> byType = new LinkedHashMap<>();
        view.meetingsByType().forEach((type, count) -> byType.put(type.name(), count));
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        view.deadlines().forEach((limit, dueAt) -> deadlines.put(limit.name(), dueAt));
        return new CaseViewDocument(
                view.caseId().value(),
                view.kind().name(),
                text(view.caseNumber()),
                name(view.status()),
                text(view.category()),
                view.subject(),
                path == null ? null : path.subDistrict().value(),
                path == null ? null : path.community().value(),
                path == null ? null : path.grid().value(),
                text(view.unit()),
                view.officer(),
                name(view.riskLevel()),
                name(view.level()),
                name(view.resolutionLevel()),
                view.receivedAt(),
                view.acceptedAt(),
                view.assignedAt(),
                view.lastActivityAt(),
                view.closedAt(),
                view.meetings(),
                byType,
                view.hasAgreement(),
                view.hasReply(),
                name(view.outcome()),
                name(view.satisfaction()),
                view.escalated(),
                deadlines,
                view.dueSoon().stream().map(Enum::name).toList(),
                view.missedDeadlines(),
                view.overdue(),
                view.hearing(),
                view.riskLeader(),
                view.policeInformed(),
                name(view.reviewStage()),
                view.version(),
                view.confidential(),
                view.confidentialRoles().stream().sorted().toList(),
                view.confidentialAccounts().stream().sorted().toList(),
                view.calendarDegradedLimits().stream().map(Enum::name).sorted().toList(),
                DispatchDocument.of(view.dispatch()),
                view.dispatch() == null ? List.of() : view.dispatch().pending().stream().map(UnitCode::value).toList(),
                view.dispatch() == null ? 0 : view.dispatch().rounds(),
                AftercareDocument.of(view.aftercare()),
                view.groupCase(),
                view.people(),
                view.lastCheckInAt(),
                LinkedCasesDocument.of(view.linked()),
                JudicialConfirmationDocument.of(view.judicialConfirmation()),
                view.meetingsHeld().stream().map(MeetingDocument::of).toList(),
                name(view.petitionType()));
    }

    CaseView toView() {
        Map<MeetingType, Integer> byType = new EnumMap<>(MeetingType.class);
        if (meetingsByType != null) {
            meetingsByType.forEach((type, count) -> byType.put(MeetingType.valueOf(type), count));
        }
        JurisdictionPath path = subDistrict == null ? null
                : new JurisdictionPath(new NodeCode(subDistrict), new NodeCode(community), new NodeCode(grid));
        return new CaseView(
                new CaseId(id),
                CaseKind.valueOf(kind),
                caseNumber == null ? null : new CaseNumber(caseNumber),
                status == null ? null : CaseStatus.valueOf(status),
                category == null ? null : new Category(category),
                subject,
                path,
                unit == null ? null : new UnitCode(unit),
                officer,
                riskLevel == null ? null : RiskLevel.valueOf(riskLevel),
                level == null ? null : Level.valueOf(level),
                resolutionLevel == null ? null : Level.valueOf(resolutionLevel),
                receivedAt,
                acceptedAt,
                assignedAt,
                lastActivityAt,
                closedAt,
                meetings,
                byType,
                hasAgreement,
                hasReply,
                outcome == null ? null : Outcome.valueOf(outcome),
                satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                escalated,
                limits(),
                dueSoon == null ? null : dueSoon.stream().map(TimeLimit::valueOf).collect(Collectors.toSet()),
                missedDeadlines,
                overdue,
                hearing,
                riskLeader,
                policeInformed,
                reviewStage == null ? null : ReviewStage.valueOf(reviewStage),
                version,
                Boolean.TRUE.equals(confidential),
                confidentialRoles == null ? null : Set.copyOf(confidentialRoles),
                confidentialAccounts == null ? null : Set.copyOf(confidentialAccounts),
                false,
                calendarDegradedLimits == null ? null
                        : calendarDegradedLimits.stream().map(TimeLimit::valueOf).collect(Collectors.toSet()),
                dispatch == null ? null : dispatch.toView(),
                aftercare == null ? null : aftercare.toView(),
                Boolean.TRUE.equals(groupCase),
                people == null ? 0 : people,
                lastCheckInAt,
                linked == null ? null : linked.toView(),
                judicialConfirmation == null ? null : judicialConfirmation.toView(),
                meetingsHeld == null ? null : meetingsHeld.stream().map(MeetingDocument::toView).toList(),
                petitionType == null ? null : PetitionType.valueOf(petitionType));
    }

    private Map<TimeLimit, Instant> limits() {
        Map<TimeLimit, Instant> running = new EnumMap<>(TimeLimit.class);
        if (deadlines != null) {
            deadlines.forEach((limit, dueAt) -> running.put(TimeLimit.valueOf(limit), dueAt));
        }
        return running;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
