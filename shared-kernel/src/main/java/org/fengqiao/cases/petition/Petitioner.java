package org.fengqiao.cases.petition;

import org.fengqiao.cases.common.Masking;
import org.fengqiao.cases.common.PersonalData;
import org.fengqiao.cases.common.Values;

/** A person who brings a petition. {@code phone} may be absent. */
public record Petitioner(@PersonalData String name, @PersonalData String phone) {

    public Petitioner {
        name = Values.clean(name);
        phone = Values.clean(phone);
    }

    @Override
    public String toString() {
        return "Petitioner[" + Masking.name(name) + "]";
    }
}
