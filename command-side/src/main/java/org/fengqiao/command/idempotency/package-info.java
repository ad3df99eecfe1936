/** Idempotency keys of the HTTP API, kept where the command side keeps its own state (SQL database or MongoDB). */
package org.fengqiao.command.idempotency;
