/** Boards as of any past instant, what changed between two instants, and the provenance of each figure. */
package org.fengqiao.query.boardhistory;
