/** Ids, value objects, enumerations, rules and lifecycle messages that petitions and disputes share. */
package org.fengqiao.cases.common;
