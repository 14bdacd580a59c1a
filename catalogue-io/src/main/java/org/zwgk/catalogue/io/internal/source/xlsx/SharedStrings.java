package org.zwgk.catalogue.io.internal.source.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.internal.IoMessages;
import org.zwgk.catalogue.io.internal.LimitExceeded;
import org.zwgk.catalogue.io.internal.source.ooxml.OoxmlPackage;

/** sharedStrings.xml: one string per {@code <si>}, within the cell-length and cell-count limits. */
final class SharedStrings extends DefaultHandler2 {

    final List<String> strings = new ArrayList<>();
    private final TextRuns runs = new TextRuns();
    private final StringBuilder text = new StringBuilder();
    private final String file;
    private final String part;
    private final ReadLimits limits;

    SharedStrings(String file, String part, ReadLimits limits) {
        this.file = file;
        this.part = part;
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String local, String q, Attributes a) {
        runs.start(local);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!runs.collecting()) {
            return;
        }
        if (text.length() + length > limits.maxCellLength()) {
            throw new LimitExceeded(IoMessages.problem("io.limit.cell-length", OoxmlPackage.at(file, part),
                    "> " + (text.length() + length), limits.maxCellLength()));
        }
        text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String local, String q) {
        runs.end(local);
        if (local.equals("si")) {
            if (strings.size() >= limits.maxCells()) {
                throw new LimitExceeded(IoMessages.problem("io.limit.cells", OoxmlPackage.at(file, part),
                        limits.maxCells()));
            }
            strings.add(CellReference.unescape(text.toString()));
            text.setLength(0);
        }
    }
}
