/** The case at its root: every command and every event of a case, of either kind, is a CaseCommand or a CaseEvent. */
package org.fengqiao.cases;
