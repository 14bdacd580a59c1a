package org.zwgk.catalogue.io.internal;

import java.nio.charset.StandardCharsets;

/**
 * The entry names of a zip, read from its central directory without inflating anything: enough to tell a Word
 * package from a workbook. At most {@value #MAX_NAMES} names are looked at; a broken directory reads as no names.
 */
final class ZipNames {

    private static final int MAX_NAMES = 10_000;

    private ZipNames() {
    }

    /** True when some entry's name starts with {@code prefix}. */
    static boolean anyStartsWith(byte[] zip, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        int end = endOfCentralDirectory(zip);
        if (end < 0) {
            return false;
        }
        long offset = le32(zip, end + 16);
        int i = (int) Math.min(offset, zip.length);
        for (int n = 0; n < MAX_NAMES && i + 46 <= zip.length && le32(zip, i) == 0x02014b50L; n++) {
            int nameLength = le16(zip, i + 28);
            int extra = le16(zip, i + 30);
            int comment = le16(zip, i + 32);
            if (i + 46 + p.length <= zip.length && nameLength >= p.length
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + p.length, p, 0, p.length)) {
                return true;
            }
            i += 46 + nameLength + extra + comment;
        }
        return false;
    }

    private static int endOfCentralDirectory(byte[] zip) {
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65_535; i--) {
            if (le32(zip, i) == 0x06054b50L) {
                return i;
            }
        }
        return -1;
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long le32(byte[] b, int i) {
        return le16(b, i) | (long) le16(b, i + 2) << 16;
    }
}
