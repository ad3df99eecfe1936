/**
 * Outbound case events: subscriptions of other systems, each followed by its own tracking reader of the event store
 * that delivers CloudEvents signed with the Standard Webhooks scheme, retried with back-off, dead-lettered and logged.
 */
package org.fengqiao.query.webhooks;
