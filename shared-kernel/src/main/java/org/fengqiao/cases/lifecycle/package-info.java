/**
 * Commands and events of a case's handling that petitions and disputes share: assignment, meetings, escalation,
 * notes, attachments, notices and closure.
 */
package org.fengqiao.cases.lifecycle;
