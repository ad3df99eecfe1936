/**
 * Status boards: per-node counters kept incrementally in MongoDB by one projection, read by {@code _id}, served over
 * HTTP and pushed live to subscription queries.
 */
package org.fengqiao.query.boards;
