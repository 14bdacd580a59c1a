package org.zwgk.catalogue.rules.internal.render;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import org.zwgk.catalogue.data.RegistryVersion;

/** The legal registry a report was made with, as the JSON and SARIF reports write it. */
final class Registries {

    private Registries() {
    }

    /** {@code "registry": {"version": …, "overlays": [{"name", "version", "sha256"}]}} in the open object. */
    static void write(JsonGenerator g, RegistryVersion registry) throws IOException {
        g.writeObjectFieldStart("registry");
        g.writeStringField("version", registry.bundled());
        g.writeArrayFieldStart("overlays");
        for (RegistryVersion.Overlay o : registry.overlays()) {
            g.writeStartObject();
            g.writeStringField("name", o.name());
            g.writeStringField("version", o.version());
            g.writeStringField("sha256", o.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
