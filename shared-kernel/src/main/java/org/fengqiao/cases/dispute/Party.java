package org.fengqiao.cases.dispute;

import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.Masking;
import org.fengqiao.personaldata.PersonalData;

/** A party to a dispute with its role; {@code phone}, {@code idNumber} and {@code address} may be absent. */
public record Party(
        @PersonalData(PersonalData.Kind.NAME) String name,
        @PersonalData(PersonalData.Kind.PHONE) String phone,
        PartyRole role,
        @PersonalData(value = PersonalData.Kind.ID_NUMBER, sensitive = true) String idNumber,
        @PersonalData(PersonalData.Kind.ADDRESS) String address) {

    public Party {
        name = Values.clean(name);
        phone = Values.clean(phone);
        idNumber = Values.clean(idNumber);
        address = Values.clean(address);
    }

    /** Known by name and phone only. */
    public Party(String name, String phone, PartyRole role) {
        this(name, phone, role, null, null);
    }

    @Override
    public String toString() {
        return "Party[" + Masking.name(name) + ", " + role + "]";
    }
}
