package org.fengqiao.cases.aftercare;

import java.time.LocalDate;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.PersonalData;

/**
 * One term of an agreement (a dispute's mediation agreement or a petition's handling plan, 人民调解法 Art. 31): what is to
 * be done, who is bound to do it (a party or another person or company by name in {@code obligor}, or a handling unit
 * in {@code unit}; exactly one of the two) and the day by which it is done. Terms are numbered from 1 in the order the
 * agreement lists them; performance, reminders and urges name a term by that number. Its texts belong to the
 * case record, like the agreement's other texts.
 */
@PersonalData.OfTheCase
public record AgreementTerm(
        @PersonalData String text,
        @PersonalData(PersonalData.Kind.NAME) String obligor,
        UnitCode unit,
        LocalDate dueBy) {

    public AgreementTerm {
        text = Values.clean(text);
        obligor = Values.clean(obligor);
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "AgreementTerm[unit=" + unit + ", dueBy=" + dueBy + "]";
    }
}
