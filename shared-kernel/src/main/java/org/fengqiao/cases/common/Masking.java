package org.fengqiao.cases.common;

/** Masks personal data for anything a person or a log might read without the right to see it. */
public final class Masking {

    private Masking() {
    }

    /** 张三 becomes 张*, Zhang San becomes Z*. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "*";
    }

    /** 13812341234 becomes 138****1234; short numbers keep only their last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }
}
