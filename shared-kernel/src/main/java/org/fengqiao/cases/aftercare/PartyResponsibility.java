package org.fengqiao.cases.aftercare;

import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.Masking;
import org.fengqiao.personaldata.PersonalData;

/**
 * A party's responsibility as a mediation agreement states it (人民调解法 Art. 29: the facts, the disputed matters and
 * each party's responsibility). Its texts belong to the case record, like the agreement's other texts.
 */
@PersonalData.OfTheCase
public record PartyResponsibility(
        @PersonalData(PersonalData.Kind.NAME) String party,
        @PersonalData String responsibility) {

    public PartyResponsibility {
        party = Values.clean(party);
        responsibility = Values.clean(responsibility);
    }

    /** Leaves out the personal data, which never goes to a log. */
    @Override
    public String toString() {
        return "PartyResponsibility[" + Masking.name(party) + "]";
    }
}
