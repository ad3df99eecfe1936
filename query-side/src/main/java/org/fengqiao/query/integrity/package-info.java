/** Verifying case chains from the stored events, the all-cases run, and the daily Merkle anchor with its log. */
package org.fengqiao.query.integrity;
