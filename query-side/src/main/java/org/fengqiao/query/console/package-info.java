/** The web console: server-rendered pages (Thymeleaf, htmx) for the people who work the cases, under {@code /ui}. */
package org.fengqiao.query.console;
