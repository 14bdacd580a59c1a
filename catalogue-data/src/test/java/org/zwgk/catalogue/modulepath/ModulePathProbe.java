package org.zwgk.catalogue.modulepath;

import java.util.Locale;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.RegistryOverlay;
import org.zwgk.catalogue.data.RegistryOverlayException;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.model.validation.CatalogueValidator;

/**
 * Run by {@code ModulePathTest} in a JVM where catalogue-model and catalogue-data are named modules: touches every
 * resource the two modules read (schema, message bundles, editions, registry, validation messages). Kept in a
 * package of its own, so that it is not shadowed by the named module org.zwgk.catalogue.data.
 */
public final class ModulePathProbe {

    private ModulePathProbe() {
    }

    public static void main(String[] args) {
        System.out.println("module " + CatalogueJson.class.getModule().getName());
        System.out.println("schema " + CatalogueJson.schema().contains("2020-12"));
        System.out.println("problem " + CatalogueJson.parse("[]", "x.json").problems().get(0).messageEn());
        System.out.println("national " + Editions.national().categoryCount());
        System.out.println("registry " + LegalRegistry.bundled().instruments().size());
        try {
            RegistryOverlay.read("x.json", "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (RegistryOverlayException e) {
            System.out.println("overlay " + e.problems().get(0).messageEn());
        }
        System.out.println("violation " + CatalogueValidator.get()
                .validate(Editions.byId("baoshan-sthjj-2019").orElseThrow(), Locale.ENGLISH).get(0).message());
    }
}
