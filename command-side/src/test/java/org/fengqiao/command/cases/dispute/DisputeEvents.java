package org.fengqiao.command.cases.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fengqiao.cases.dispute.DisputeReceived;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.MediationAgreementReached;
import org.fengqiao.cases.dispute.MediationRefused;
import org.fengqiao.cases.dispute.MediationVisibility;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.dispute.ReachMediationAgreement;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.dispute.RecordRefusal;
import org.fengqiao.cases.lifecycle.MeetingHeld;
import org.fengqiao.cases.lifecycle.MeetingType;
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
 * Builders for a dispute's commands and events with sensible defaults: a neighbours' water-leak dispute between 张三
 * and 李四 in Guoyuan community's grid 3, mediated by 王芳, registered as {@code SH-2026-000007}.
 */
public final class DisputeEvents extends CaseEvents {

    public static final CaseId ID = new CaseId("5d0c9a1e-7b3f-4c2d-8e6a-1f2b3c4d5e6f");
    public static final CaseNumber NUMBER = new CaseNumber("SH-2026-000007");
    public static final NodeCode GRID = new NodeCode("SH-GY-G03");
    public static final JurisdictionPath PATH = new JurisdictionPath(new NodeCode("SH"), new NodeCode("SH-GY"), GRID);
    public static final Party APPLICANT = new Party("张三", "13800000001", PartyRole.APPLICANT);
    public static final Party RESPONDENT = new Party("李四", null, PartyRole.RESPONDENT);
    public static final String MEDIATOR = "王芳";
    public static final String SUBJECT = "Water leaking from the flat above";
    public static final String CONTENT = "Since May water leaks through 张三's ceiling from 李四's bathroom.";
    public static final String TERMS = "李四 repairs the bathroom's waterproofing and pays 3000 yuan for the ceiling.";
    public static final String PERFORMANCE = "Repair by a licensed firm; payment by bank transfer.";
    public static final LocalDate PERFORM_BY = LocalDate.of(2026, 8, 15);
    public static final String REFUSAL_REASON = "prefers to sue";

    public DisputeEvents() {
        this(ID, NUMBER);
    }

    public DisputeEvents(CaseId caseId, CaseNumber caseNumber) {
        super(caseId, caseNumber, CaseKind.DISPUTE);
    }

    // commands

    /** A complete intake command; change one field through {@link #intake()} to break a rule. */
    public ReceiveDispute receive() {
        return intake().command();
    }

    public Intake intake() {
        return new Intake(caseId());
    }

    public RecordRefusal refuse(String party, String reason) {
        return new RecordRefusal(caseId(), party, reason, NOW, OFFICER);
    }

    /** A complete agreement signed by both parties and the mediator. */
    public ReachMediationAgreement reachAgreement() {
        return agreementDraft().command();
    }

    public AgreementDraft agreementDraft() {
        return new AgreementDraft(caseId());
    }

    // events

    @Override
    public DisputeReceived received() {
        return received(MediationVisibility.NON_PUBLIC);
    }

    public DisputeReceived received(MediationVisibility mediation) {
        return new DisputeReceived(caseId(), caseNumber(), DisputeSource.APPLICATION, Category.NEIGHBOUR, SUBJECT,
                CONTENT, PATH, List.of(APPLICANT, RESPONDENT), mediation, RECEIVED_AT, INTAKE);
    }

    @Override
    public List<Object> open() {
        return List.of(received());
    }

    /** {@link #assigned()} and one mediation session held: ready for an agreement. */
    public List<Object> mediated() {
        return history(assigned(), mediationSession());
    }

    public MeetingHeld mediationSession() {
        return meetingHeld(MeetingType.MEDIATION_SESSION);
    }

    public MediationRefused refused(String party) {
        return new MediationRefused(caseId(), party, REFUSAL_REASON, NOW, OFFICER);
    }

    public MediationAgreementReached agreement() {
        return new MediationAgreementReached(caseId(), TERMS, PERFORMANCE, PERFORM_BY, MEDIATOR,
                List.of(APPLICANT.name(), RESPONDENT.name(), MEDIATOR), NOW, OFFICER);
    }

    /**
     * The parties' window for judicial confirmation that an agreement at {@link #NOW} opens, the {@code n}-th
     * deadline of the case: 30 days as the law counts (人民调解法 Art. 33), to 24:00 on 31 July 2026.
     */
    public DeadlineSet confirmationWindow(int n) {
        return deadlineSet(TimeLimit.JUDICIAL_CONFIRMATION, n, NOW, 30, OFFICER);
    }

    /** The handling limit the intake sets: 30 days from receipt. */
    public DeadlineSet handlingLimit() {
        return deadlineSet(TimeLimit.HANDLING, 1, RECEIVED_AT, 30, INTAKE);
    }

    /** A {@link ReceiveDispute} with every field valid until one is changed. */
    public static final class Intake {
        private final CaseId caseId;
        private DisputeSource source = DisputeSource.APPLICATION;
        private Category category = Category.NEIGHBOUR;
        private String subject = SUBJECT;
        private String content = CONTENT;
        private NodeCode grid = GRID;
        private List<Party> parties = List.of(APPLICANT, RESPONDENT);
        private MediationVisibility mediation;
        private Instant receivedAt = RECEIVED_AT;

        private Intake(CaseId caseId) {
            this.caseId = caseId;
        }

        public Intake source(DisputeSource value) {
            source = value;
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

        public Intake grid(NodeCode value) {
            grid = value;
            return this;
        }

        public Intake parties(Party... value) {
            parties = List.of(value);
            return this;
        }

        public Intake mediation(MediationVisibility value) {
            mediation = value;
            return this;
        }

        public Intake receivedAt(Instant value) {
            receivedAt = value;
            return this;
        }

        public ReceiveDispute command() {
            return new ReceiveDispute(caseId, source, category, subject, content, grid, parties, mediation, receivedAt,
                    INTAKE);
        }
    }

    /** A {@link ReachMediationAgreement} with every field valid until one is changed. */
    public static final class AgreementDraft {
        private final CaseId caseId;
        private String terms = TERMS;
        private LocalDate performBy = PERFORM_BY;
        private String mediator = MEDIATOR;
        private List<String> signatories = List.of(APPLICANT.name(), RESPONDENT.name(), MEDIATOR);

        private AgreementDraft(CaseId caseId) {
            this.caseId = caseId;
        }

        public AgreementDraft terms(String value) {
            terms = value;
            return this;
        }

        public AgreementDraft performBy(LocalDate value) {
            performBy = value;
            return this;
        }

        public AgreementDraft mediator(String value) {
            mediator = value;
            return this;
        }

        public AgreementDraft signatories(String... value) {
            signatories = List.of(value);
            return this;
        }

        public ReachMediationAgreement command() {
            return new ReachMediationAgreement(caseId, terms, PERFORMANCE, performBy, mediator, signatories, NOW,
                    OFFICER);
        }
    }
}
