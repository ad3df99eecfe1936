/** Reading the event store through Axon's API, the same on Axon Server, PostgreSQL and SQLite: for auditors. */
package org.fengqiao.query.eventstore;
