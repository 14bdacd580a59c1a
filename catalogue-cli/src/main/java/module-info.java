/** The command line. */
module org.zwgk.catalogue.cli {
    requires org.zwgk.catalogue.model;
    requires org.zwgk.catalogue.data;
    requires org.zwgk.catalogue.io;
    requires org.zwgk.catalogue.rules;
    requires info.picocli;
    requires java.logging;

    opens org.zwgk.catalogue.cli to info.picocli;
}
