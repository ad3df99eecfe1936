/** Spring wiring every deployable shares: Axon's JSON mapper and the checks of the deployment settings. */
package org.fengqiao.platform;
