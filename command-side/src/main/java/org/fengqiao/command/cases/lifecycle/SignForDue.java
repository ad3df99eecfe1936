package org.fengqiao.command.cases.lifecycle;

/**
 * The payload of the deadline at a dispatch's time to sign by: which dispatch of the case (its round, counted from 1)
 * it belongs to. The case ignores it when that dispatch no longer stands or every unit has answered.
 */
public record SignForDue(int round) {

    /** The deadline name of every sign-by deadline. */
    public static final String DEADLINE_NAME = "case-sign-for";
}
