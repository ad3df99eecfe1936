/** The jurisdiction tree and the handling units: reference data read from a file, one per deployment. */
package org.fengqiao.jurisdiction;
