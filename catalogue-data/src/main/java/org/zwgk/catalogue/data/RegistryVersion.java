package org.zwgk.catalogue.data;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which legal registry judged a check's citations: the bundled registry's version and every overlay laid over it,
 * in order. Reports name it, so that a finding about a repealed law can be traced to the data that said so.
 *
 * @param bundled  the bundled registry's version, e.g. 2026-12-04
 * @param overlays the overlays applied after it, first applied first
 */
public record RegistryVersion(String bundled, List<Overlay> overlays) {

    public RegistryVersion {
        Objects.requireNonNull(bundled, "bundled");
        overlays = List.copyOf(overlays);
    }

    /**
     * One overlay.
     *
     * @param name    its file name as given
     * @param version the version it states
     * @param sha256  the SHA-256 of its bytes, in lower-case hex
     */
    public record Overlay(String name, String version, String sha256) {
        public Overlay {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * One line for a report: {@code 2026-12-04} alone, or with each overlay as
     * {@code + 补充.json 2026-12-10 (sha256 1a2b3c4d5e6f)}.
     */
    public String label() {
        if (overlays.isEmpty()) {
            return bundled;
        }
        return bundled + overlays.stream()
                .map(o -> " + " + o.name() + " " + o.version() + " (sha256 " + o.sha256().substring(0,
                        Math.min(12, o.sha256().length())) + ")")
                .collect(Collectors.joining());
    }
}
