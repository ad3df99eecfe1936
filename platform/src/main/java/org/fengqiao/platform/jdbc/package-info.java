/** The self-hosted event store: Axon's JDBC engine on PostgreSQL, shared by every instance. */
package org.fengqiao.platform.jdbc;
