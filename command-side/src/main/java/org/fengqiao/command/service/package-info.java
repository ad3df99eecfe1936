/** The command side's entry point when it runs as a service of its own. */
package org.fengqiao.command.service;
