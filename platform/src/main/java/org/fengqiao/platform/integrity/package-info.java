/**
 * The chain keys both sides hold: the command side hashes new events with the current one, the query side verifies
 * with it and the previous ones: their secrets as configured
 * ({@link org.fengqiao.platform.integrity.ChainKeyAutoConfiguration}).
 */
package org.fengqiao.platform.integrity;
