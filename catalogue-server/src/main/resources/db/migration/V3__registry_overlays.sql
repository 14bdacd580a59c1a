-- Registry overlays an administrator uploaded (issue 18): laid over the bundled legal registry, after those that
-- zwgk.catalogue.registry names, in upload order; kept so that a restart applies them again.
CREATE TABLE registry_overlays (
    ordinal     INTEGER      PRIMARY KEY,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
