package org.zwgk.catalogue.io.internal.source.ooxml;

import java.util.Optional;

/** Reading SAX attributes of package parts. */
public final class XmlAttributes {

    private XmlAttributes() {
    }

    /** The value of the attribute without namespace named {@code local}; "" when absent. */
    public static String value(org.xml.sax.Attributes a, String local) {
        for (int i = 0; i < a.getLength(); i++) {
            if (a.getLocalName(i).equals(local) && a.getURI(i).isEmpty()) {
                return a.getValue(i);
            }
        }
        return "";
    }

    /** The value of the namespaced attribute named {@code local} (r:id); "" when absent. */
    public static String namespaced(org.xml.sax.Attributes a, String local) {
        for (int i = 0; i < a.getLength(); i++) {
            if (a.getLocalName(i).equals(local) && !a.getURI(i).isEmpty()) {
                return a.getValue(i);
            }
        }
        return "";
    }

    /** The text as an integer; empty when it is none. */
    public static Optional<Integer> integer(String s) {
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
