package org.fengqiao.command.cases.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fengqiao.cases.CaseEvent;
import org.fengqiao.cases.lifecycle.NoticeServed;
import org.fengqiao.cases.lifecycle.NoticeType;
import org.fengqiao.cases.lifecycle.ServeNotice;
import org.fengqiao.cases.petition.PetitionAccepted;
import org.fengqiao.cases.petition.PetitionNotAccepted;
import org.fengqiao.cases.petition.ReplyServed;
import org.fengqiao.cases.rules.CaseRule;
import org.fengqiao.cases.rules.CaseRuleViolation;
import org.fengqiao.cases.timelimits.DeadlineExtended;
import org.fengqiao.cases.timelimits.TimeLimit;
import org.fengqiao.cases.value.CaseId;

/**
 * The documents of a case to be served on the petitioner (告知 / 送达) and those served: the acceptance or
 * non-acceptance decision (信访工作条例 Art. 32), the extension of the handling limit (Art. 35) and each written reply
 * (Art. 33). Each document is served once; a new reply after a review is a new document. The limit that waits for a
 * notice ends with it ({@link TimeLimits#noticeServed}). It decides (returns the events to apply) and follows the
 * events.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Notices {

    private Set<NoticeType> pending = new HashSet<>();
    private Set<NoticeType> served = new HashSet<>();

    /** The notice, then the end of each limit that waited for it (met by its date, or missed after its due time). */
    List<CaseEvent> serve(CaseId id, ServeNotice command, TimeLimits limits, Clock clock) {
        Require.present(command.type(), CaseRule.NOTICE_TYPE_REQUIRED);
        Require.present(command.method(), CaseRule.NOTICE_METHOD_REQUIRED);
        Require.present(command.to(), CaseRule.NOTICE_RECIPIENT_REQUIRED);
        Require.pastOrPresent(command.date(), clock, CaseRule.NOTICE_DATE_REQUIRED);
        if (!pending.contains(command.type())) {
            throw new CaseRuleViolation(served.contains(command.type()) ? CaseRule.NOTICE_ALREADY_SERVED
                    : CaseRule.NOTHING_TO_NOTIFY);
        }
        List<CaseEvent> events = new ArrayList<>();
        events.add(new NoticeServed(id, command.type(), command.method(), command.to(), command.date(),
                command.actor()));
        events.addAll(limits.noticeServed(id, command.type(), command.date(), command.actor()));
        return events;
    }

    /** Whether this document was served (a reply: the latest reply). */
    boolean served(NoticeType type) {
        return served.contains(type);
    }

    void evolve(CaseEvent event) {
        if (event instanceof PetitionAccepted) {
            pending.add(NoticeType.ACCEPTANCE);
        } else if (event instanceof PetitionNotAccepted) {
            pending.add(NoticeType.NON_ACCEPTANCE);
        } else if (event instanceof DeadlineExtended e && e.limit() == TimeLimit.HANDLING) {
            pending.add(NoticeType.EXTENSION);
        } else if (event instanceof ReplyServed) {
            pending.add(NoticeType.REPLY);
            served.remove(NoticeType.REPLY);
        } else if (event instanceof NoticeServed e) {
            pending.remove(e.type());
            served.add(e.type());
        }
    }
}
