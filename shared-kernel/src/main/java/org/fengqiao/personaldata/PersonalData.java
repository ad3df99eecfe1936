package org.fengqiao.personaldata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that holds a resident's personal information. Such values never go to logs, metric labels, URLs
 * or error messages; {@code toString()} of the records that carry them masks them. In an event, every marked text
 * component (or list of texts) is stored sealed with the key of the data subject it belongs to (see
 * {@link SealedValue}); a marked component that holds records (a list of parties) has its records' own marked
 * components sealed, each record under its own data subject. Free text outside a person's record is the body's
 * official record (minutes, replies, terms, notes, written by staff) and is sealed under the case record's key,
 * unless its message is marked {@link SubjectsOwn}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {

    /** What the value is, which decides how it is masked for those who may not see it. */
    Kind value() default Kind.TEXT;

    /** Sensitive personal information (PIPL Art. 28: ID numbers, health, whereabouts). */
    boolean sensitive() default false;

    /**
     * Marks a record type whose personal values belong to the subject of the record it is in even in a list, where the
     * n-th record of a list is otherwise the n-th person (the terms of an agreement are not persons).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface OfTheCase {
    }

    /**
     * Marks a message whose free text is what the person who brought the case said (an intake's account, a request
     * for review, a party's refusal), not the body's record: it belongs to the case's first data subject and goes
     * with that person's erasure. Free text of every other message belongs to the case record
     * ({@link SealedValue#CASE_RECORD}), which the archive keeps for its retention period whoever is erased.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface SubjectsOwn {
    }

    /** The kinds of personal values, each with its own mask. */
    enum Kind {
        /** A person's name: 张三 is shown as 张*. */
        NAME,
        /** A phone number: 13812341234 is shown as 138****1234. */
        PHONE,
        /** A resident identity card number: the first three and last four characters stay. */
        ID_NUMBER,
        /** An address: its first six characters stay. */
        ADDRESS,
        /** Free text that may mention anyone: hidden as a whole. */
        TEXT
    }
}
