package org.fengqiao.cases.petition;

import org.fengqiao.cases.value.Values;
import org.fengqiao.personaldata.Masking;
import org.fengqiao.personaldata.PersonalData;

/** A person who brings a petition. {@code phone}, {@code idNumber} and {@code address} may be absent. */
public record Petitioner(
        @PersonalData(PersonalData.Kind.NAME) String name,
        @PersonalData(PersonalData.Kind.PHONE) String phone,
        @PersonalData(value = PersonalData.Kind.ID_NUMBER, sensitive = true) String idNumber,
        @PersonalData(PersonalData.Kind.ADDRESS) String address) {

    public Petitioner {
        name = Values.clean(name);
        phone = Values.clean(phone);
        idNumber = Values.clean(idNumber);
        address = Values.clean(address);
    }

    /** Known by name and phone only. */
    public Petitioner(String name, String phone) {
        this(name, phone, null, null);
    }

    @Override
    public String toString() {
        return "Petitioner[" + Masking.name(name) + "]";
    }
}
