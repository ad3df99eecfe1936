/** Queries about cases and the views that answer them: one case, a list of cases, and a case's history. */
package org.fengqiao.cases.query;
