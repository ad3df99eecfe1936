package org.fengqiao.command.personaldata;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.personaldata.PersonalField;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.PersonalDataCipher;

/**
 * Seals the personal values of every event a case applies, as it is published and before {@code ChainHashing} hashes
 * it, so the event store, the chain hashes, every projection and every export only ever hold sealed values.
 * Registered as the first dispatch interceptor of the event store.
 *
 * <p>Which values, and whose key: those {@link PersonalField} finds, by the one rule it keeps. The n-th record of a
 * list of persons (the petitioners, the parties) is the case's data subject n ({@code <caseId>/n}); the free text of
 * what the person who brought the case said (the intake's account, a request for review, a refusal) is subject 1's;
 * every other value (minutes, replies, terms, notes, names in a meeting's participants: the body's official record)
 * is sealed under the case record's key ({@code <caseId>/0}), so that erasing a person destroys that person's own
 * values only and the record stays readable for the archive's retention period. A value already sealed is left as
 * it is (events sealed before the case record existed keep their free text under subject 1).
 *
 * <p>The aggregate applying the event sees it unsealed and keeps none of its personal values in its state, so the
 * state it rebuilds from the sealed events is the same.
 */
public class PersonalDataSealing implements MessageDispatchInterceptor<EventMessage<?>> {

    private final PersonalDataCipher cipher;

    public PersonalDataSealing(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event && event.getPayload() != null
                && PersonalField.carriesPersonalData(event.getPayloadType())
                && CaseId.isValid(event.getAggregateIdentifier())
                ? sealed(event)
                : message;
    }

    private EventMessage<?> sealed(DomainEventMessage<?> event) {
        Object payload = seal(event.getPayload(), new CaseId(event.getAggregateIdentifier()));
        return payload == event.getPayload() ? event : new GenericDomainEventMessage<>(event.getType(),
                event.getAggregateIdentifier(), event.getSequenceNumber(), payload, event.getMetaData(),
                event.getIdentifier(), event.getTimestamp());
    }

    /** A copy of {@code payload} with its personal values sealed, each for its data subject of the case. */
    Object seal(Object payload, CaseId caseId) {
        return PersonalField.rewrite(payload, (path, field, text) -> {
            if (text.isEmpty() || SealedValue.isSealed(text)) {
                return text;
            }
            String subject = SealedValue.subject(caseId, field.subject());
            return new SealedValue(field.kind(), subject, cipher.seal(subject, field.kind().name(), text)).token();
        });
    }
}
