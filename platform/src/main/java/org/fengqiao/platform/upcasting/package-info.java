/** Upcasters that read events stored in an older shape as the current one; both sides register the same chain. */
package org.fengqiao.platform.upcasting;
