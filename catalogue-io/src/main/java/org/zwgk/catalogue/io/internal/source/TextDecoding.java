package org.zwgk.catalogue.io.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file without being told its encoding: a byte-order mark decides (UTF-8, UTF-16); otherwise
 * the bytes are decoded as strict UTF-8 and, when that fails, as GB18030 (a superset of GBK and GB2312, what
 * Excel on Chinese Windows writes as "CSV").
 */
public final class TextDecoding {

    /** GB18030, present in every JDK. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /**
     * A decoded text and the encoding it was read in.
     *
     * @param text    the text, without byte-order mark
     * @param charset the encoding
     */
    public record Decoded(String text, Charset charset) {
    }

    /** Decodes {@code bytes} as described above. */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return new Decoded(chars.toString(), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, GB18030), GB18030);
        }
    }

    /** True when the bytes are valid UTF-8 (a byte-order mark allowed). */
    public static boolean isUtf8(byte[] bytes) {
        return decode(bytes).charset().equals(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
