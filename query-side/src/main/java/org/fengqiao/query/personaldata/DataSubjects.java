package org.fengqiao.query.personaldata;

import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fengqiao.personaldata.PersonalDataErased;
import org.fengqiao.personaldata.PersonalDataRestricted;
import org.fengqiao.personaldata.PersonalDataRestrictionLifted;

/**
 * Which of a case's data subjects are restricted or erased, folded from its events in order. Only the three events
 * of the data subjects' rights are deserialized; the type of every other event is read from its stored form.
 */
public final class DataSubjects {

    private final Set<Integer> restricted = new TreeSet<>();
    private final Set<Integer> erased = new TreeSet<>();

    public void apply(DomainEventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        if (type == PersonalDataRestricted.class) {
            restricted.add(((PersonalDataRestricted) event.getPayload()).subject());
        } else if (type == PersonalDataRestrictionLifted.class) {
            restricted.remove(((PersonalDataRestrictionLifted) event.getPayload()).subject());
        } else if (type == PersonalDataErased.class) {
            int subject = ((PersonalDataErased) event.getPayload()).subject();
            restricted.remove(subject);
            erased.add(subject);
        }
    }

    public Set<Integer> restricted() {
        return Set.copyOf(restricted);
    }

    public Set<Integer> erased() {
        return Set.copyOf(erased);
    }
}
