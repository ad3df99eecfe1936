/** Messages of the dispute (矛盾纠纷) aggregate: intake, refusal of mediation and the mediation agreement. */
package org.fengqiao.cases.dispute;
