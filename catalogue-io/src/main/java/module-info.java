/** Readers and writers for catalogues as bureaus keep them. */
module org.zwgk.catalogue.io {
    requires transitive org.zwgk.catalogue.model;

    exports org.zwgk.catalogue.io;
}
