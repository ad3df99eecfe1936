/** What follows an agreement and a closure: the agreement's terms and their performance, follow-ups (回访) and rework. */
package org.fengqiao.cases.aftercare;
