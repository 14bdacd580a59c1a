package org.zwgk.catalogue.spring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.data.RegistryOverlay;
import org.zwgk.catalogue.data.RegistryOverlayException;
import org.zwgk.catalogue.data.RegistryVersion;

/**
 * The legal registry a running service checks with: the bundled one with overlays laid over it. The overlays come
 * from {@code zwgk.catalogue.registry} at start-up and may be replaced while the service runs (an administrator's
 * upload); a check uses the registry current when it starts, whole.
 */
public final class CatalogueRegistry {

    private final AtomicReference<Current> current;

    private record Current(LegalRegistry registry, List<RegistryOverlay> overlays) {
    }

    private CatalogueRegistry(Current first) {
        this.current = new AtomicReference<>(first);
    }

    /**
     * The registry the properties name.
     *
     * @throws IllegalStateException with every located problem, in Chinese and English, when an overlay is bad
     */
    public static CatalogueRegistry of(CatalogueProperties properties) {
        List<RegistryOverlay> overlays = new ArrayList<>();
        try {
            for (Path file : properties.registry()) {
                overlays.add(RegistryOverlay.read(file));
            }
            return new CatalogueRegistry(build(overlays));
        } catch (RegistryOverlayException e) {
            throw new IllegalStateException("zwgk.catalogue.registry: " + e.getMessage(), e);
        }
    }

    private static Current build(List<RegistryOverlay> overlays) throws RegistryOverlayException {
        LegalRegistry registry = LegalRegistry.bundled();
        for (RegistryOverlay overlay : overlays) {
            registry = registry.withOverlay(overlay);
        }
        return new Current(registry, List.copyOf(overlays));
    }

    /** The registry checks use now. */
    public LegalRegistry current() {
        return current.get().registry();
    }

    /** Which registry that is: the bundled version and the overlays. */
    public RegistryVersion version() {
        return current().version();
    }

    /** The overlays laid over the bundled registry now, first applied first. */
    public List<RegistryOverlay> overlays() {
        return current.get().overlays();
    }

    /**
     * Replaces the overlays; checks already running keep the registry they started with. Nothing changes when the
     * new overlays cannot be laid over the bundled registry.
     */
    public void replaceOverlays(List<RegistryOverlay> overlays) throws RegistryOverlayException {
        Objects.requireNonNull(overlays, "overlays");
        current.set(build(overlays));
    }
}
