/** Supervision (督办): urging a case, and supervision listed with feedback by a date. */
package org.fengqiao.cases.supervision;
