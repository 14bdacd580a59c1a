/**
 * The 生态环境领域基层政务公开标准目录 vocabulary as immutable values, with Bean Validation and the canonical JSON
 * form. Implementation lives in {@code internal} packages, which are not exported.
 */
module org.zwgk.catalogue.model {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    // Hibernate Validator interpolates messages with Jakarta EL but only `requires static` it: without this the
    // EL module (and, by service binding, its implementation Expressly) is not resolved on the module path.
    requires jakarta.el;
    requires com.fasterxml.jackson.core;
    requires com.github.benmanes.caffeine;

    exports org.zwgk.catalogue.model;
    exports org.zwgk.catalogue.model.json;
    exports org.zwgk.catalogue.model.validation;
    // Shared text folding and bundle rendering for this project's own modules only.
    exports org.zwgk.catalogue.model.internal to
            org.zwgk.catalogue.data, org.zwgk.catalogue.io, org.zwgk.catalogue.rules, org.zwgk.catalogue.cli;

    // Hibernate Validator reads constraints reflectively and instantiates the validators.
    opens org.zwgk.catalogue.model to org.hibernate.validator;
    opens org.zwgk.catalogue.model.internal.validation to org.hibernate.validator;
    opens org.zwgk.catalogue.model.json to org.hibernate.validator;
}
