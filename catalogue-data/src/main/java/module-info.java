/**
 * The national edition, the legal-instrument registry and sample catalogues, with their loaders. The loaders
 * live in {@code org.zwgk.catalogue.data.internal}, which is not exported; resources are read with
 * {@code Class#getResourceAsStream} by this module's own classes (a class loader would not find them in a named
 * module, their packages being closed) and JSON as plain values (the model's {@code JsonTree}), so nothing needs
 * to be opened.
 */
module org.zwgk.catalogue.data {
    requires transitive org.zwgk.catalogue.model;
    requires com.fasterxml.jackson.core;

    exports org.zwgk.catalogue.data;
}
