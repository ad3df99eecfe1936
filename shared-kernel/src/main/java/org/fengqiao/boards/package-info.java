/** The status boards: the query for one node's figures over a time window, and the view that answers it. */
package org.fengqiao.boards;
