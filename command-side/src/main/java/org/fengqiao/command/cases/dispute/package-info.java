/** The dispute aggregate: intake, voluntary mediation and the mediation agreement. */
package org.fengqiao.command.cases.dispute;
