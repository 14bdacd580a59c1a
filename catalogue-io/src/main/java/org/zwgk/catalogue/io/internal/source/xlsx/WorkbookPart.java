package org.zwgk.catalogue.io.internal.source.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.internal.source.ooxml.XmlAttributes;

/** workbook.xml: the sheets in order (name, relationship id, hidden or not) and the date system. */
final class WorkbookPart extends DefaultHandler2 {

    /** One sheet as the workbook lists it. */
    record SheetRef(String name, String relId, boolean hidden) {
    }

    final List<SheetRef> sheets = new ArrayList<>();
    boolean date1904;

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
        if (local.equals("workbookPr")) {
            String d = XmlAttributes.value(a, "date1904");
            date1904 = d.equals("1") || d.equalsIgnoreCase("true");
        } else if (local.equals("sheet")) {
            String state = XmlAttributes.value(a, "state");
            sheets.add(new SheetRef(XmlAttributes.value(a, "name"), XmlAttributes.namespaced(a, "id"),
                    state.equals("hidden") || state.equals("veryHidden")));
        }
    }
}
