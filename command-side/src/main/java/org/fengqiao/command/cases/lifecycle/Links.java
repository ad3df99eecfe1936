package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.links.AbsorbDuplicate;
import org.fengqiao.cases.links.CaseLinkConfirmed;
import org.fengqiao.cases.links.CaseLinked;
import org.fengqiao.cases.links.CaseMerged;
import org.fengqiao.cases.links.ConfirmCaseLink;
import org.fengqiao.cases.links.DuplicateAbsorbed;
import org.fengqiao.cases.links.LinkCase;
import org.fengqiao.cases.links.MergeCase;
import org.fengqiao.cases.links.RecordCaseLink;
import org.fengqiao.cases.petition.RequestReview;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.CaseKind;

/**
 * The cases this one is linked to, whether each link is complete, and the primary it was merged into (关联 / 并案).
 * It decides linking and merging (returns the events) and follows the events.
 *
 * <p>A link or a merger touches two aggregates, and Axon changes one per command. Rather than a saga (whose second
 * step runs later, in another thread, and leaves the first side visible alone meanwhile), the command side sends the
 * commands one after the other in a fixed order within the request, and each step records only what is true:
 * <ol>
 * <li>the case asked to link reads the other case first ({@link OtherCase}: it exists, the caller sees it) and
 * records {@code CaseLinked(initiated)}: a link <em>requested</em>, shown as pending, not yet complete;
 * <li>the other case records its side ({@code CaseLinked}, not initiated), complete at once since the first side
 * stands;
 * <li>the first case records {@code CaseLinkConfirmed}: now both sides show the link complete.
 * </ol>
 * If step 2 or 3 fails (the other case changed in between, a timeout), the request fails and the first case shows a
 * pending link, never a complete one; sending the same link again finishes it (step 1 appends nothing for a pending
 * link). A merger closes the duplicate first ({@code CaseMerged}, then {@code CaseClosed(MERGED)}) and then the
 * primary records {@code DuplicateAbsorbed}: the duplicate's closure is the fact, the primary's record its
 * consequence; a primary that absorbs before the duplicate is closed would claim a case still handled on its own.
 * Merging again into the same primary whose record is missing finishes it; otherwise a merged case is not merged again.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Links {

    /** The linked cases' ids and whether each link is complete (a link this case initiated waits for its confirmation). */
    private Map<String, Boolean> linked = new LinkedHashMap<>();
    private CaseId mergedInto;
    /** The duplicates merged into this case. */
    private Set<String> absorbed = new TreeSet<>();

    /**
     * The first side of a link, after the interceptor admitted the caller to this case: not to itself, the other case
     * seen by the caller (and of the kind the caller named), a reason, not linked already; a pending link asked again
     * appends nothing, so that the steps after it complete it.
     */
    List<CaseEvent> link(CaseId id, LinkCase command, CaseHistories histories,
            MetaData caller) {
        Require.present(command.targetId(), CaseRule.LINK_TARGET_REQUIRED);
        if (command.targetId().equals(id)) {
            throw new CaseRuleViolation(CaseRule.LINK_TO_ITSELF);
        }
        OtherCase target = OtherCase.read(command.targetId(), histories, caller);
        if (command.targetKind() != null && command.targetKind() != target.kind()) {
            throw new CaseRuleViolation(CaseRule.CASE_NOT_FOUND);
        }
        target.requireWritable();
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        Boolean complete = linked.get(target.caseId().toString());
        if (Boolean.TRUE.equals(complete)) {
            throw new CaseRuleViolation(CaseRule.ALREADY_LINKED);
        }
        if (complete != null) {
            return List.of();
        }
        return List.of(new CaseLinked(id, target.caseId(), target.kind(), target.caseNumber(), true,
                command.reason(), command.occurredAt(), command.actor()));
    }

    /**
     * The other side of a link: recorded once; if this case had itself asked for the same link and waits for its
     * confirmation, the other side's request completes it.
     */
    List<CaseEvent> record(CaseId id, RecordCaseLink command) {
        Boolean complete = linked.get(command.linkedCaseId().toString());
        if (complete == null) {
            return List.of(new CaseLinked(id, command.linkedCaseId(), command.linkedKind(),
                    command.linkedCaseNumber(), false, null, command.occurredAt(), command.actor()));
        }
        return complete ? List.of()
                : List.of(new CaseLinkConfirmed(id, command.linkedCaseId(), command.occurredAt(), command.actor()));
    }

    /** The other side recorded the link this case asked for: complete; once. */
    List<CaseEvent> confirm(CaseId id, ConfirmCaseLink command) {
        return Boolean.FALSE.equals(linked.get(command.linkedCaseId().toString()))
                ? List.of(new CaseLinkConfirmed(id, command.linkedCaseId(), command.occurredAt(), command.actor()))
                : List.of();
    }

    /**
     * The duplicate's side of a merger, before its closure: not merged already (but for finishing the same merger
     * whose primary has no record of it), open, not into itself, a primary the caller sees, of the same kind, open,
     * and a reason. A petition and a dispute follow different procedures (信访工作条例, 人民调解法): one cannot
     * absorb the other, they are linked instead.
     */
    List<CaseEvent> merge(CaseId id, CaseKind kind, boolean closed, MergeCase command, CaseHistories histories,
            MetaData caller) {
        Require.present(command.primaryId(), CaseRule.PRIMARY_REQUIRED);
        if (mergedInto != null) {
            if (mergedInto.equals(command.primaryId())
                    && !OtherCase.read(mergedInto, histories, caller).absorbed().contains(id)) {
                return List.of();
            }
            throw new CaseRuleViolation(CaseRule.ALREADY_MERGED);
        }
        if (closed) {
            throw new CaseRuleViolation(CaseRule.CASE_CLOSED);
        }
        if (command.primaryId().equals(id)) {
            throw new CaseRuleViolation(CaseRule.MERGE_INTO_ITSELF);
        }
        OtherCase primary = OtherCase.read(command.primaryId(), histories, caller);
        if (primary.kind() != kind) {
            throw new CaseRuleViolation(CaseRule.MERGE_ACROSS_KINDS);
        }
        if (primary.closed()) {
            throw new CaseRuleViolation(CaseRule.PRIMARY_CLOSED);
        }
        primary.requireWritable();
        Require.present(command.reason(), CaseRule.REASON_REQUIRED);
        return List.of(new CaseMerged(id, primary.caseId(), primary.caseNumber(), command.reason(),
                command.occurredAt(), command.actor()));
    }

    /** The primary's side of a merger: recorded once, also if the primary closed since the duplicate's check. */
    List<CaseEvent> absorb(CaseId id, AbsorbDuplicate command) {
        return absorbed.contains(command.duplicateId().toString()) ? List.of()
                : List.of(new DuplicateAbsorbed(id, command.duplicateId(), command.duplicateKind(),
                        command.duplicateCaseNumber(), command.occurredAt(), command.actor()));
    }

    /** A merged duplicate is not reopened (a petition's review): its matter is handled in the primary. */
    void admit(Object command) {
        if (mergedInto != null && command instanceof RequestReview) {
            throw new CaseRuleViolation(CaseRule.ALREADY_MERGED);
        }
    }

    void evolve(CaseEvent event) {
        if (event instanceof CaseLinked e) {
            linked.put(e.linkedCaseId().toString(), !e.initiated());
        } else if (event instanceof CaseLinkConfirmed e) {
            linked.put(e.linkedCaseId().toString(), true);
        } else if (event instanceof CaseMerged e) {
            mergedInto = e.primaryId();
        } else if (event instanceof DuplicateAbsorbed e) {
            absorbed.add(e.duplicateId().toString());
        }
    }

    // its own commands (an aggregate member of Case; a merger also closes the case: Case handles it)

    @CommandHandler
    Decision handle(LinkCase command, CaseHistories histories, MetaData metaData) {
        return Decision.of(link(command.caseId(), command, histories, metaData));
    }

    @CommandHandler
    Decision handle(RecordCaseLink command) {
        return Decision.of(record(command.caseId(), command));
    }

    @CommandHandler
    Decision handle(ConfirmCaseLink command) {
        return Decision.of(confirm(command.caseId(), command));
    }

    @CommandHandler
    Decision handle(AbsorbDuplicate command) {
        return Decision.of(absorb(command.caseId(), command));
    }
}
