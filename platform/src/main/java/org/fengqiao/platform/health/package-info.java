/** Health contributors of the readiness group: the read-model database and the event processors. */
package org.fengqiao.platform.health;
