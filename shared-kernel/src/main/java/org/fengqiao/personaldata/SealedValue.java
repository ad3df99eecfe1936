package org.fengqiao.personaldata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fengqiao.cases.value.CaseId;

/**
 * A personal value as events store it: encrypted with the key of its data subject, written as one text so that it
 * takes the place of the plain value in any field, {@code pd1:<KIND>:<subject>:<data>}. {@code subject} names the
 * data subject, {@code <caseId>/<n>} for the n-th person a case names (counted from 1 in the order of its intake), or
 * {@code <caseId>/0} for the case record, the body's official texts ({@link #CASE_RECORD}), which no person's erasure
 * destroys; {@code data} is the URL-safe Base64 of the AES-GCM nonce, ciphertext and tag. Without the subject's key
 * the value cannot be read; the kind still tells how to mask it once it is read.
 */
public record SealedValue(
        PersonalData.Kind kind,
        @NotPersonalData("the id of a data subject, <caseId>/<n>") String subject,
        String data) {

    public static final String PREFIX = "pd1:";

    /** The number of the case record among a case's subjects: its official texts, kept for the retention period. */
    public static final int CASE_RECORD = 0;

    private static final Pattern TOKEN = Pattern.compile(
            "pd1:([A-Z_]+):([0-9a-f-]{36}/(?:0|[1-9][0-9]{0,3})):([A-Za-z0-9_-]+)");

    public SealedValue {
        if (kind == null || subject == null || !subject.matches("[0-9a-f-]{36}/(0|[1-9][0-9]{0,3})") || data == null
                || !data.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a sealed value");
        }
    }

    /** The data subject of the n-th person a case names, counted from 1; 0 is the case record. */
    public static String subject(CaseId caseId, int number) {
        if (number < CASE_RECORD) {
            throw new IllegalArgumentException("data subjects are counted from 1, the case record is 0");
        }
        return caseId.value() + "/" + number;
    }

    /** Whether {@code text} is a sealed value (a cheap test: the prefix). */
    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The sealed value {@code text} holds, if it is one. */
    public static Optional<SealedValue> parse(String text) {
        if (!isSealed(text)) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SealedValue(PersonalData.Kind.valueOf(matcher.group(1)), matcher.group(2),
                    matcher.group(3)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The number of the data subject within its case. */
    public int subjectNumber() {
        return Integer.parseInt(subject.substring(subject.indexOf('/') + 1));
    }

    /** The text that stands for the value in an event. */
    public String token() {
        return PREFIX + kind.name() + ":" + subject + ":" + data;
    }

    @Override
    public String toString() {
        return "SealedValue[" + kind + ", " + subject + "]";
    }
}
