/** Metrics every deployable exposes besides Spring Boot's and Axon's: how far the projections are behind. */
package org.fengqiao.platform.metrics;
