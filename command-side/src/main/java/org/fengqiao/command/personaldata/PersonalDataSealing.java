package org.fengqiao.command.personaldata;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.fengqiao.cases.common.CaseId;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.SealedValue;
import org.fengqiao.platform.personaldata.PersonalDataCipher;

/**
 * Seals the personal values of every event a case applies, as it is published and before {@code ChainHashing} hashes
 * it, so the event store, the chain hashes, every projection and every export only ever hold sealed values.
 * Registered as the first dispatch interceptor of the event store.
 *
 * <p>Which values: every record component marked {@link PersonalData} that holds text or a list of texts; a marked
 * component that holds records (the petitioners, the parties) has their marked components sealed in turn. Whose key:
 * the n-th record of a marked list is the case's data subject n ({@code <caseId>/n}); every other value (free text,
 * names in a meeting's participants) belongs to the case's first subject, the person who brought the case, so that
 * erasing that person makes the case's free text unreadable too. A value already sealed is left as it is.
 *
 * <p>The aggregate applying the event sees it unsealed and keeps none of its personal values in its state, so the
 * state it rebuilds from the sealed events is the same.
 */
public class PersonalDataSealing implements MessageDispatchInterceptor<EventMessage<?>> {

    private final PersonalDataCipher cipher;
    private final Map<Class<?>, Boolean> carriers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

    public PersonalDataSealing(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event && event.getPayload() != null
                && carriesPersonalData(event.getPayloadType()) && CaseId.isValid(event.getAggregateIdentifier())
                ? sealed(event)
                : message;
    }

    private EventMessage<?> sealed(DomainEventMessage<?> event) {
        CaseId caseId = new CaseId(event.getAggregateIdentifier());
        Object payload = seal(event.getPayload(), caseId, 1);
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), payload, event.getMetaData(), event.getIdentifier(), event.getTimestamp());
    }

    /** A copy of {@code record} with its personal values sealed for subject {@code subject} of the case. */
    Object seal(Object record, CaseId caseId, int subject) {
        Class<?> type = record.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object value = read(components[i], record);
            PersonalData marked = components[i].getAnnotation(PersonalData.class);
            Object sealed = value;
            if (marked != null) {
                sealed = sealValue(value, marked.value(), caseId, subject, true);
            } else if (value != null && value.getClass().isRecord() && carriesPersonalData(value.getClass())) {
                sealed = seal(value, caseId, subject);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) != null
                    && carriesPersonalData(list.get(0).getClass())) {
                sealed = sealValue(value, PersonalData.Kind.TEXT, caseId, subject, true);
            }
            changed |= sealed != value;
            values[i] = sealed;
        }
        return changed ? construct(type, components, values) : record;
    }

    private Object sealValue(Object value, PersonalData.Kind kind, CaseId caseId, int subject, boolean top) {
        if (value instanceof String text) {
            if (text.isEmpty() || SealedValue.isSealed(text)) {
                return text;
            }
            String id = SealedValue.subject(caseId, subject);
            return new SealedValue(kind, id, cipher.seal(id, kind.name(), text)).token();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                // the n-th person of a list of records is subject n; the texts of a list stay with the subject
                int owner = top && item != null && item.getClass().isRecord() ? i + 1 : subject;
                out.add(item == null ? null : sealValue(item, kind, caseId, owner, false));
            }
            return out;
        }
        if (value != null && value.getClass().isRecord()) {
            return seal(value, caseId, subject);
        }
        return value;
    }

    /** Whether records of {@code type} have a marked component, directly or in a nested record. */
    boolean carriesPersonalData(Class<?> type) {
        return carriers.computeIfAbsent(type, PersonalDataSealing::marks);
    }

    private static boolean marks(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                return true;
            }
            if (component.getType().isRecord() && component.getType() != type && marks(component.getType())) {
                return true;
            }
            if (List.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType list) {
                Type item = list.getActualTypeArguments()[0];
                if (item instanceof Class<?> itemType && itemType != type && marks(itemType)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of an event", e);
        }
    }

    private Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            return constructors.computeIfAbsent(type, record -> canonical(record, components)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot seal the personal data of " + type.getSimpleName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> type, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
        }
    }
}
