/**
 * Readers and writers for catalogues as bureaus keep and publish them: xlsx, xls, csv, html, the canonical JSON,
 * Word (.docx, .doc) and PDF. Only {@code org.zwgk.catalogue.io} is exported; POI (with HWPF from its
 * scratchpad), PDFBox, commons-csv and jsoup stay behind it in {@code org.zwgk.catalogue.io.internal}.
 */
module org.zwgk.catalogue.io {
    requires transitive org.zwgk.catalogue.model;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.ooxml.schemas;
    requires org.apache.poi.scratchpad;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.desktop;
    requires org.apache.commons.compress;
    requires java.xml;
    requires org.apache.commons.csv;
    requires org.jsoup;

    exports org.zwgk.catalogue.io;
}
