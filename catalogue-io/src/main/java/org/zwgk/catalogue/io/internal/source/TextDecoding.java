package org.zwgk.catalogue.io.internal.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;

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

    /** True when the bytes begin with a UTF-16 byte-order mark, little- or big-endian. */
    public static boolean hasUtf16Mark(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
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
        if (validUtf8(bytes, 0, bytes.length)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        return new Decoded(new String(bytes, GB18030), GB18030);
    }

    /**
     * True when the bytes are strict UTF-8. Decodes through a small buffer, so that checking a large file holds
     * no second copy of it.
     */
    static boolean validUtf8(byte[] bytes, int from, int to) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                out.clear();
                return !decoder.flush(out).isError();
            }
            out.clear();
        }
    }

    /**
     * The {@code io.mixed-encoding} problem of a text read as GB18030 although some of its lines are UTF-8 (two
     * files pasted together): located at the first line whose encoding differs from the first non-ASCII line's.
     * Nothing for a text in one encoding.
     */
    public static List<Problem> mixedEncoding(byte[] bytes, Decoded decoded, String file) {
        if (!decoded.charset().equals(GB18030)) {
            return List.of();
        }
        Boolean first = null;
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!ascii(bytes, start, i)) {
                    boolean utf8 = validUtf8(bytes, start, i);
                    if (first == null) {
                        first = utf8;
                    } else if (first != utf8) {
                        SourceLocation at = new SourceLocation(file, Optional.empty(), OptionalInt.of(line),
                                Optional.empty(), Optional.empty());
                        return List.of(IoMessages.problem("io.mixed-encoding", at, line,
                                utf8 ? "UTF-8" : "GBK/GB18030"));
                    }
                }
                line++;
                start = i + 1;
            }
        }
        return List.of();
    }

    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
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
