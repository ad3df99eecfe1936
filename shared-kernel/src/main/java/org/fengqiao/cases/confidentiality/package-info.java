/** Confidentiality: who may see a case marked confidential, and the marking and lifting. */
package org.fengqiao.cases.confidentiality;
