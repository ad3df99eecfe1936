/** The HTTP command API: one endpoint per command, answering with the case's version or an RFC 7807 problem. */
package org.fengqiao.command.web;
