package org.fengqiao.query.webhooks;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.cases.value.ExternalRef;

/**
 * A receiver's own format of case events, for a subscription that names it ({@code format}) instead of CloudEvents:
 * e.g. a 12345 hotline's callbacks. Delivery stays the subscription's (its reader, order, signing with the Standard
 * Webhooks scheme, retries, dead letters and log); the format decides only which events the receiver gets and what
 * their JSON bodies say. Implementations are beans.
 */
public interface DeliveryFormat {

    /** Whether this bean renders the subscription format {@code format}. */
    boolean renders(String format);

    /**
     * The JSON body of a case event for a receiver of {@code format}, or empty when it does not want the event.
     *
     * @param externalRef the reference another system registered the case under, or {@code null}
     */
    Optional<String> render(String format, DomainEventMessage<?> event, ExternalRef externalRef);
}
