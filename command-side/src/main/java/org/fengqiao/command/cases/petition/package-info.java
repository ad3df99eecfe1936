/** The petition aggregate: intake, acceptance, handling plan and written reply. */
package org.fengqiao.command.cases.petition;
