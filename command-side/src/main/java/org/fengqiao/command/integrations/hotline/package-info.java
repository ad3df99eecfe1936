/** The 12345 hotline's work orders as petitions: an anti-corruption layer between a city's order format and the case. */
package org.fengqiao.command.integrations.hotline;
