/** The audit trail: a case's history and its state at any past instant, read from the event store itself. */
package org.fengqiao.query.audittrail;
