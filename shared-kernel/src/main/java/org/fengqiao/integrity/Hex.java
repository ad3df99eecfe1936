package org.fengqiao.integrity;

import java.util.HexFormat;

/** Hashes as lower-case hex strings, the form they take in metadata, anchors and answers. */
public final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** @throws IllegalArgumentException when the text is not an even number of hex digits */
    public static byte[] parse(String hex) {
        return FORMAT.parseHex(hex);
    }

    /** Whether the text is a SHA-256 digest in hex (64 hex digits). */
    public static boolean isDigest(String text) {
        return text != null && text.length() == 2 * Sha256.LENGTH && text.chars().allMatch(HexFormat::isHexDigit);
    }
}
