/** The index of the business rules (CaseRule) and the forms a rule violation takes as it crosses the command bus. */
package org.fengqiao.cases.rules;
