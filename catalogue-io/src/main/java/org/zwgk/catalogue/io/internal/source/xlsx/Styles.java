package org.zwgk.catalogue.io.internal.source.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.internal.source.ooxml.XmlAttributes;

/** styles.xml: the number formats, by cell style index the format id and its code. */
final class Styles extends DefaultHandler2 {

    private final Map<Integer, String> codes = new HashMap<>();
    private final List<Integer> formats = new ArrayList<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
        if (local.equals("numFmt")) {
            XmlAttributes.integer(XmlAttributes.value(a, "numFmtId"))
                    .ifPresent(id -> codes.put(id, XmlAttributes.value(a, "formatCode")));
        } else if (local.equals("cellXfs")) {
            inCellXfs = true;
        } else if (local.equals("xf") && inCellXfs) {
            formats.add(XmlAttributes.integer(XmlAttributes.value(a, "numFmtId")).orElse(0));
        }
    }

    @Override
    public void endElement(String uri, String local, String q) {
        if (local.equals("cellXfs")) {
            inCellXfs = false;
        }
    }

    int formatId(int style) {
        return style >= 0 && style < formats.size() ? formats.get(style) : 0;
    }

    String formatCode(int id) {
        String code = codes.get(id);
        if (code == null) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        return code == null ? "General" : code;
    }
}
