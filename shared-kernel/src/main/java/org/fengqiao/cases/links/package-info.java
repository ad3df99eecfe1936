/** Links between cases: related cases, and duplicates merged into their primary (重复件). */
package org.fengqiao.cases.links;
