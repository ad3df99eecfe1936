/** Signing of outbound webhooks with the Standard Webhooks scheme, shared by case events and anchors. */
package org.fengqiao.platform.webhooks;
