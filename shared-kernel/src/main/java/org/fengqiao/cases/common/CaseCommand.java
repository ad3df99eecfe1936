package org.fengqiao.cases.common;

/** Every command addresses one case and names who issued it. */
public interface CaseCommand {

    CaseId caseId();

    Actor actor();
}
