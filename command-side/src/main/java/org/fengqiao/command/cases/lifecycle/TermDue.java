package org.fengqiao.command.cases.lifecycle;

/**
 * The payload of a scheduled deadline of an agreement's term: which term (its number), and whether it is the reminder
 * before its due day ends or the urge at its end. The case ignores it when the term is performed by then.
 */
public record TermDue(int term, boolean reminder) {

    /** The one deadline name every term's deadline is scheduled under. */
    public static final String DEADLINE_NAME = "agreement-term";
}
