package org.zwgk.catalogue.spring;

/**
 * Text from a user made safe for a log line: quoted, with every control, format and non-ASCII character written
 * as {@code \\uXXXX}, so that a file name can neither forge a log line nor hide in one.
 */
public final class LogText {

    private static final int MAX = 200;

    private LogText() {
    }

    /** {@code text} quoted and escaped, cut at 200 characters. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX) + 8).append('"');
        for (int i = 0; i < text.length() && i < MAX; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (text.length() > MAX) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
