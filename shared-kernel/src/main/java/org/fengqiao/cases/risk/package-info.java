/** Risk: a case's risk level, the leader who owns a high-risk case, and the check-ins on it. */
package org.fengqiao.cases.risk;
