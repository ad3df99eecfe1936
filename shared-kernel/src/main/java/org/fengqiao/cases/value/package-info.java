/** Ids and value objects of the case language: which case, who acted, where, at which level, with what outcome. */
package org.fengqiao.cases.value;
