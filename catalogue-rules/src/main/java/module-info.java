/** Alignment, conformance rules, findings and reports. */
module org.zwgk.catalogue.rules {
    requires transitive org.zwgk.catalogue.model;
    requires transitive org.zwgk.catalogue.data;
    requires org.zwgk.catalogue.io;

}
