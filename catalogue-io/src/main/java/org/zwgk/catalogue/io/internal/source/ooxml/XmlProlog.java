package org.zwgk.catalogue.io.internal.source.ooxml;

import java.nio.charset.StandardCharsets;

/**
 * Tells whether an XML document declares a DOCTYPE. A DOCTYPE can stand only in the prolog, before the root
 * element, after the XML declaration, processing instructions, comments and white space; so the prolog is
 * walked and nothing else. UTF-16 parts (which Office never writes) are left to POI's parser, which refuses a
 * DOCTYPE too.
 */
final class XmlProlog {

    private XmlProlog() {
    }

    static boolean declaresDoctype(byte[] xml) {
        int i = xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < xml.length) {
            byte b = xml[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                i++;
            } else if (startsWith(xml, i, "<?")) {
                i = after(xml, i + 2, "?>");
            } else if (startsWith(xml, i, "<!--")) {
                i = after(xml, i + 4, "-->");
            } else {
                return startsWith(xml, i, "<!DOCTYPE") || startsWith(xml, i, "<!doctype");
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] xml, int at, String s) {
        byte[] p = s.getBytes(StandardCharsets.US_ASCII);
        if (at + p.length > xml.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (xml[at + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static int after(byte[] xml, int from, String end) {
        for (int i = from; i < xml.length; i++) {
            if (startsWith(xml, i, end)) {
                return i + end.length();
            }
        }
        return xml.length;
    }
}
