/**
 * Readers and writers for catalogues as bureaus keep them: xlsx, xls, csv, html and the canonical JSON. Only
 * {@code org.zwgk.catalogue.io} is exported; POI, commons-csv and jsoup stay behind it in
 * {@code org.zwgk.catalogue.io.internal}.
 */
module org.zwgk.catalogue.io {
    requires transitive org.zwgk.catalogue.model;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires org.apache.commons.compress;
    requires java.xml;
    requires org.apache.commons.csv;
    requires org.jsoup;

    exports org.zwgk.catalogue.io;
}
