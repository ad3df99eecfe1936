package org.fengqiao.query.personaldata;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.fengqiao.cases.query.CaseHistoryView;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.personaldata.SealedValue;
import org.fengqiao.platform.personaldata.PersonalDataCipher;
import org.fengqiao.platform.personaldata.SubjectKeyStore;
import org.fengqiao.platform.security.Caller;
import org.fengqiao.platform.security.RequestIdFilter;
import org.fengqiao.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what the current caller sees of a case's personal data and logs what it saw in full. In full: the officer
 * of the handling unit the case is assigned to, a supervisor (of its node: answers never reach callers outside their
 * jurisdiction), an auditor (in scope, likewise); everyone else sees masks. A restricted subject's values are shown to
 * auditors only; an erased subject's to no one. Take the caller and the request id on the request's thread: answers
 * completed by the query bus run on other threads.
 */
@Component
public class PersonalDataDisclosure {

    private static final Logger logger = LoggerFactory.getLogger(PersonalDataDisclosure.class);

    private final PersonalDataCipher cipher;
    private final SubjectKeyStore keys;
    private final PersonalDataAccessLog log;

    @Autowired
    PersonalDataDisclosure(PersonalDataCipher cipher, SubjectKeyStore keys, MongoDatabaseFactory mongo,
            ObjectProvider<Clock> clock) {
        this(cipher, keys, new PersonalDataAccessLog(
                mongo.getMongoDatabase().getCollection(PersonalDataAccessLog.COLLECTION),
                clock.getIfAvailable(Clock::systemUTC)));
    }

    PersonalDataDisclosure(PersonalDataCipher cipher, SubjectKeyStore keys, PersonalDataAccessLog log) {
        this.cipher = cipher;
        this.keys = keys;
        this.log = log;
    }

    /** The access log, for the auditors' endpoint. */
    public PersonalDataAccessLog log() {
        return log;
    }

    /** A disclosure for {@code caller} on {@code view} (the case now), with its restricted and erased subjects. */
    public Disclosure forCase(Caller caller, CaseView view, Set<Integer> restricted, Set<Integer> erased) {
        destroyRestoredKeys(view, erased);
        boolean auditor = caller != null && caller.has(Role.AUDITOR);
        return new Disclosure(cipher, sight(caller, view), auditor, restricted, erased);
    }

    /**
     * An erased subject whose key opens again had its key brought back, by a restore of the key store from before the
     * erasure: the history says it was erased, so the key is destroyed again (the answer hides it either way).
     */
    private void destroyRestoredKeys(CaseView view, Set<Integer> erased) {
        for (int subject : erased) {
            String id = SealedValue.subject(view.caseId(), subject);
            if (cipher.readable(id)) {
                logger.warn("The key of erased data subject {} was found again (a restored key store?); destroyed "
                        + "again", id);
                keys.destroy(id);
            }
        }
    }

    static Disclosure.Sight sight(Caller caller, CaseView view) {
        if (caller == null) {
            return Disclosure.Sight.MASKED;
        }
        if (caller.has(Role.AUDITOR) || caller.has(Role.SUPERVISOR)) {
            return Disclosure.Sight.FULL;
        }
        boolean handlingOfficer = caller.has(Role.OFFICER) && view != null && view.unit() != null
                && (caller.units().isEmpty() || caller.units().contains(view.unit().value()));
        return handlingOfficer ? Disclosure.Sight.FULL : Disclosure.Sight.MASKED;
    }

    /** Writes what {@code disclosure} showed in full, if anything, to the access log. */
    public void record(Disclosure disclosure, Caller caller, String requestId, CaseView view, String purpose) {
        if (disclosure.disclosed().isEmpty()) {
            return;
        }
        log.record(caller == null ? "anonymous" : caller.name(),
                caller == null ? List.of() : caller.roles().stream().map(Enum::name).sorted().toList(),
                view.caseId().value(), view.jurisdiction(), purpose, List.copyOf(disclosure.disclosedSubjects()), disclosure.disclosed(),
                requestId);
    }

    /** The current request's id, on the request's thread. */
    public static String currentRequestId() {
        return MDC.get(RequestIdFilter.MDC_KEY);
    }

    /** {@code history} with every personal value disclosed to {@code caller} or masked, and the disclosure logged. */
    public CaseHistoryView history(CaseHistoryView history, CaseView view, Caller caller, String requestId) {
        Disclosure disclosure = forCase(caller, view, history.restrictedSubjects(), history.erasedSubjects());
        CaseHistoryView shown = history.withItems(history.items().stream()
                .map(entry -> entry.withFields(disclosure.fields(entry.sequence() + ":" + entry.eventType(),
                        entry.fields(), entry.personal())))
                .toList());
        record(disclosure, caller, requestId, view, "history");
        return shown;
    }

    /** A disclosure that shows nothing in full, for an answer that shows no field values (the printable dossier). */
    public Disclosure masked(Set<Integer> restricted, Set<Integer> erased) {
        return new Disclosure(cipher, Disclosure.Sight.MASKED, false, restricted, erased);
    }
}
