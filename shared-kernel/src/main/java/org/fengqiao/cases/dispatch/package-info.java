/** Dispatch (派单) to a lead unit and co-units: signing for it, returns and objections, the co-units' contributions. */
package org.fengqiao.cases.dispatch;
