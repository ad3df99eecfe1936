/**
 * What reads events stored in an older shape, or under a type name their class no longer has, as the current ones;
 * both sides register the same.
 */
package org.fengqiao.platform.upcasting;
