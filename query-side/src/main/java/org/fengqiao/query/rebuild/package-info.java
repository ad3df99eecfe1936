/**
 * Rebuilding the projections from the full event history into a new generation of their collections while the live
 * ones keep answering, then switching to it.
 */
package org.fengqiao.query.rebuild;
