/** Where a case stands after each of its events: the one status machine of the aggregate, the case view and the boards. */
package org.fengqiao.cases.status;
