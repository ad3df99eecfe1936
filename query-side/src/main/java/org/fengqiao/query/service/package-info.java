/** The query side's entry point when it runs as a service of its own. */
package org.fengqiao.query.service;
