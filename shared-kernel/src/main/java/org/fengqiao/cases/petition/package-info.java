/** Messages of the petition (信访事项) aggregate: intake, acceptance, handling plan and written reply. */
package org.fengqiao.cases.petition;
