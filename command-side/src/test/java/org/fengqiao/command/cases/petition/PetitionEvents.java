package org.fengqiao.command.cases.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.confidentiality.Confidentiality;
import org.fengqiao.cases.lifecycle.NoticeMethod;
import org.fengqiao.cases.lifecycle.NoticeServed;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.lifecycle.ServeNotice;
import org.fengqiao.cases.petition.AgreeHandlingPlan;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.DecideAcceptance;
import org.fengqiao.cases.petition.HandlingPlanAgreed;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.PetitionReceived;
import org.fengqiao.cases.petition.PetitionType;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.petition.ReplyOpinion;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.petition.ServeReply;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.timelimits.DeadlineSet;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;
import org.fengqiao.cases.value.CaseNumber;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.command.cases.CaseEvents;

/**
 * Builders for a petition's commands and events with sensible defaults: a visit about property management in Fuli
 * community's grid 1, brought by 张三, registered as {@code SH-2026-000001}.
 */
public final class PetitionEvents extends CaseEvents {

    public static final CaseId ID = new CaseId("0b6f4a52-2a4f-4f0e-9d7e-7a1b2c3d4e5f");
    public static final CaseNumber NUMBER = new CaseNumber("SH-2026-000001");
    public static final NodeCode GRID = new NodeCode("SH-FL-G01");
    public static final JurisdictionPath PATH = new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-FL"), GRID);
    public static final Petitioner PETITIONER = new Petitioner("张三", "13800000000");
    public static final String SUBJECT = "Lift out of service for three weeks";
    public static final String CONTENT = "The lift in building 5 has been out since June; elderly residents are stuck.";
    public static final String TERMS = "The property office repairs the lift and reports weekly to the residents.";
    public static final LocalDate PERFORM_BY = LocalDate.of(2026, 7, 31);
    public static final String REPLY = "The repair is ordered; the district housing bureau supervises it.";

    public PetitionEvents() {
        this(ID, NUMBER);
    }

    public PetitionEvents(CaseId caseId, CaseNumber caseNumber) {
        super(caseId, caseNumber, CaseKind.PETITION);
    }

    // commands

    /** A complete intake command; change one field through {@link #intake()} to break a rule. */
    public ReceivePetition receive() {
        return intake().command();
    }

    public Intake intake() {
        return new Intake(caseId());
    }

    public DecideAcceptance accept() {
        return new DecideAcceptance(caseId(), true, null, NOW, OFFICER);
    }

    public DecideAcceptance notAccept(String reason) {
        return new DecideAcceptance(caseId(), false, reason, NOW, OFFICER);
    }

    public AgreeHandlingPlan agreePlan() {
        return agreePlan(TERMS, PERFORM_BY);
    }

    public AgreeHandlingPlan agreePlan(String terms, LocalDate performBy) {
        return new AgreeHandlingPlan(caseId(), terms, performBy, List.of("张三", OFFICER_NAME), NOW, OFFICER);
    }

    public ServeReply serveReply() {
        return serveReply(ReplyOpinion.SUPPORT, REPLY, NOW);
    }

    public ServeReply serveReply(ReplyOpinion opinion, String text, Instant servedAt) {
        return new ServeReply(caseId(), opinion, text, servedAt, OFFICER);
    }

    /** The document of this type served on the petitioner in person at NOW. */
    public ServeNotice serveNotice(NoticeType type) {
        return serveNotice(type, NOW);
    }

    public ServeNotice serveNotice(NoticeType type, Instant date) {
        return new ServeNotice(caseId(), CaseKind.PETITION, type, NoticeMethod.IN_PERSON, date, PETITIONER.name(),
                OFFICER);
    }

    // events

    public NoticeServed noticeServed(NoticeType type) {
        return noticeServed(type, NOW);
    }

    public NoticeServed noticeServed(NoticeType type, Instant date) {
        return new NoticeServed(caseId(), type, NoticeMethod.IN_PERSON, PETITIONER.name(), date, OFFICER);
    }

    @Override
    public PetitionReceived received() {
        return new PetitionReceived(caseId(), caseNumber(), Channel.VISIT, Category.PROPERTY, SUBJECT, CONTENT, PATH,
                List.of(PETITIONER), RECEIVED_AT, INTAKE);
    }

    /** Received as linked by the caller to an earlier petition. */
    public PetitionReceived received(CaseId relatedCaseId) {
        PetitionReceived received = received();
        return new PetitionReceived(caseId(), caseNumber(), received.channel(), received.category(),
                received.subject(), received.content(), received.jurisdiction(), received.petitioners(),
                received.occurredAt(), received.actor(), null, relatedCaseId);
    }

    /** Received from these petitioners speaking for {@code headcount} people, the members named. */
    public PetitionReceived received(List<Petitioner> petitioners, Integer headcount, List<String> members) {
        PetitionReceived received = received();
        return new PetitionReceived(caseId(), caseNumber(), received.channel(), received.category(),
                received.subject(), received.content(), received.jurisdiction(), petitioners, received.occurredAt(),
                received.actor(), null, null, headcount, members);
    }

    /** Received as a petition of this type against these respondents. */
    public PetitionReceived received(PetitionType type, List<String> respondents) {
        PetitionReceived received = received();
        return new PetitionReceived(caseId(), caseNumber(), received.channel(), received.category(),
                received.subject(), received.content(), received.jurisdiction(), received.petitioners(),
                received.occurredAt(), received.actor(), null, null, null, null, type, respondents);
    }

    @Override
    public List<Object> open() {
        return List.of(received(), accepted());
    }

    /** The acceptance limit the intake sets: 15 days from receipt. */
    public DeadlineSet acceptanceLimit() {
        return deadlineSet(TimeLimit.ACCEPTANCE, 1, RECEIVED_AT, 15, INTAKE);
    }

    public PetitionAccepted accepted() {
        return new PetitionAccepted(caseId(), NOW, OFFICER);
    }

    public PetitionNotAccepted notAccepted(String reason) {
        return new PetitionNotAccepted(caseId(), reason, NOW, OFFICER);
    }

    public HandlingPlanAgreed planAgreed() {
        return new HandlingPlanAgreed(caseId(), TERMS, PERFORM_BY, List.of("张三", OFFICER_NAME), NOW, OFFICER);
    }

    public ReplyServed replyServed() {
        return new ReplyServed(caseId(), ReplyOpinion.SUPPORT, REPLY, NOW, OFFICER);
    }

    /** A {@link ReceivePetition} with every field valid until one is changed. */
    public static final class Intake {
        private final CaseId caseId;
        private Channel channel = Channel.VISIT;
        private Category category = Category.PROPERTY;
        private Boolean policeInformed;
        private String subject = SUBJECT;
        private String content = CONTENT;
        private NodeCode grid = GRID;
        private List<Petitioner> petitioners = List.of(PETITIONER);
        private Instant receivedAt = RECEIVED_AT;
        private RiskLevel riskLevel;
        private String riskReason;
        private CaseId relatedCaseId;
        private Integer headcount;
        private List<String> members;
        private PetitionType type;
        private List<String> respondents;
        private Confidentiality confidentiality;

        private Intake(CaseId caseId) {
            this.caseId = caseId;
        }

        public Intake channel(Channel value) {
            channel = value;
            return this;
        }

        public Intake category(Category value) {
            category = value;
            return this;
        }

        public Intake subject(String value) {
            subject = value;
            return this;
        }

        public Intake content(String value) {
            content = value;
            return this;
        }

        public Intake grid(NodeCode value) {
            grid = value;
            return this;
        }

        public Intake petitioners(Petitioner... value) {
            petitioners = List.of(value);
            return this;
        }

        public Intake receivedAt(Instant value) {
            receivedAt = value;
            return this;
        }

        public Intake risk(RiskLevel level, String reason) {
            riskLevel = level;
            riskReason = reason;
            return this;
        }

        /** Whether the intake says the police were informed of the risk. */
        public Intake policeInformed(Boolean informed) {
            policeInformed = informed;
            return this;
        }

        public Intake relatedCase(CaseId value) {
            relatedCaseId = value;
            return this;
        }

        /** A group of {@code headcount} people, with the members named. */
        public Intake group(Integer count, String... named) {
            headcount = count;
            members = List.of(named);
            return this;
        }

        /** What the petition asks for, and whom it is against. */
        public Intake type(PetitionType value, String... against) {
            type = value;
            respondents = List.of(against);
            return this;
        }

        public Intake confidentiality(Confidentiality value) {
            confidentiality = value;
            return this;
        }

        public ReceivePetition command() {
            return new ReceivePetition(caseId, channel, category, subject, content, grid, petitioners, receivedAt,
                    INTAKE, riskLevel, riskReason, null, relatedCaseId, confidentiality, policeInformed, headcount,
                    members, type, respondents);
        }
    }
}
