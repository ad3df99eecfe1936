/** The message buses' outages: which failures mean the bus is away, and processors revived once it is back. */
package org.fengqiao.platform.bus;
