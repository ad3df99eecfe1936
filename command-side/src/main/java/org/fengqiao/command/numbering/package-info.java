/** Allocation of human-readable case numbers, unique per sub-district and year and never reused: in SQL or MongoDB. */
package org.fengqiao.command.numbering;
