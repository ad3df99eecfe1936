/** The case lifecycle petitions and disputes share, its rules, and the wiring of the case aggregates. */
package org.fengqiao.command.cases.lifecycle;
