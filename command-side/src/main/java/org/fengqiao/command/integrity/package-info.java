/** Tamper evidence on the command side: each event's chain hash at append time, and the anchor ledger. */
package org.fengqiao.command.integrity;
