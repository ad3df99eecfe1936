package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.value.CaseKind;

/**
 * Commands that petitions and disputes share. Each names the {@link CaseKind} the caller addressed, so that a
 * petition's id sent to a dispute path is not found rather than acted upon. Not sealed, like {@link LifecycleEvent}.
 */
public interface LifecycleCommand extends CaseCommand {

    CaseKind kind();
}
