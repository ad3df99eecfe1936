package org.fengqiao.query.common;

import java.util.Locale;

/**
 * The name of a node or unit in the page's language. The reference data writes each name in Chinese followed by its
 * English ("富力社区 Fuli community"): a Chinese page shows the part before the first Latin word, an English page the
 * rest; a name in one language only is shown as it is.
 */
public final class NodeNames {

    private NodeNames() {
    }

    public static String of(String name, Locale locale) {
        if (name == null) {
            return "";
        }
        int latin = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 && Character.isLetter(c) && (i == 0 || name.charAt(i - 1) == ' ')) {
                latin = i;
                break;
            }
        }
        if (latin <= 0) {
            return name.strip();
        }
        boolean english = "en".equals(locale.getLanguage());
        return (english ? name.substring(latin) : name.substring(0, latin)).strip();
    }
}
