/**
 * Alignment of a child catalogue to its parent, conformance rules, findings, reports and their renderers.
 * Rules and renderers live in {@code internal} packages, which are not exported: their ids and output formats
 * are the contract, not their classes.
 */
module org.zwgk.catalogue.rules {
    requires transitive org.zwgk.catalogue.model;
    requires transitive org.zwgk.catalogue.data;
    requires transitive org.zwgk.catalogue.io;
    requires com.fasterxml.jackson.core;
    requires java.xml;
    requires org.apache.commons.csv;
    requires org.jsoup;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports org.zwgk.catalogue.rules;
}
