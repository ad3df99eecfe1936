/** The case-view read model: one MongoDB document per case, its projection, and the queries it answers. */
package org.fengqiao.query.caseview;
