package org.fengqiao.personaldata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reviewed decision that a component whose name looks personal (a name, a subject, a reason) holds no resident's
 * personal information, with the reason next to it: a staff account, a node's name, a case's title. On a type, it
 * covers every component of that type. The classification test accepts a suspicious component only when it is marked
 * either {@link PersonalData} or this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.TYPE})
public @interface NotPersonalData {

    /** Why the value is not personal data. */
    String value();
}
