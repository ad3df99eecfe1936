/** The 12345 hotline's callbacks: what happens to its work orders, in its terms, over the webhooks' delivery. */
package org.fengqiao.query.integrations.hotline;
