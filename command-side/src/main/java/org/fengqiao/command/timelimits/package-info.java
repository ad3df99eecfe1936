/** Time limits: the policy that sets them, the holiday calendar, and the persistent deadline manager that fires them. */
package org.fengqiao.command.timelimits;
