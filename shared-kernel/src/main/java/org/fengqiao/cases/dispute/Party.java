package org.fengqiao.cases.dispute;

import org.fengqiao.cases.common.Masking;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.Values;

/** A party to a dispute with its role; {@code phone} may be absent. */
public record Party(@PersonalData String name, @PersonalData String phone, PartyRole role) {

    public Party {
        name = Values.clean(name);
        phone = Values.clean(phone);
    }

    @Override
    public String toString() {
        return "Party[" + Masking.name(name) + ", " + role + "]";
    }
}
