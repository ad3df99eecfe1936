package org.fengqiao.personaldata;

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

    /** 110101199001011234 becomes 110***********1234; short numbers keep nothing. */
    public static String idNumber(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        if (number.length() < 10) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }

    /** An address keeps its first six characters (district and street), the rest becomes ***. */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int cut = address.codePointCount(0, address.length()) <= 6 ? 1 : 6;
        return address.substring(0, address.offsetByCodePoints(0, cut)) + "***";
    }

    /** Free text is hidden as a whole. */
    public static String text(String text) {
        return text == null || text.isEmpty() ? text : HIDDEN_TEXT;
    }

    /** What stands for masked free text. */
    public static final String HIDDEN_TEXT = "[hidden]";

    /** The mask of a value of {@code kind}. */
    public static String of(PersonalData.Kind kind, String value) {
        return switch (kind) {
            case NAME -> name(value);
            case PHONE -> phone(value);
            case ID_NUMBER -> idNumber(value);
            case ADDRESS -> address(value);
            case TEXT -> text(value);
        };
    }
}
