/** Allocation of human-readable case numbers, unique per sub-district and year and never reused. */
package org.fengqiao.command.numbering;
