/** The national edition, the legal-instrument registry and sample catalogues, with their loaders. */
module org.zwgk.catalogue.data {
    requires transitive org.zwgk.catalogue.model;
    requires com.fasterxml.jackson.databind;

    exports org.zwgk.catalogue.data;
}
