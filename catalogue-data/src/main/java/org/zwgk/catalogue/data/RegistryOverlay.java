package org.zwgk.catalogue.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zwgk.catalogue.data.internal.DataMessages;
import org.zwgk.catalogue.data.internal.OverlayReader;
import org.zwgk.catalogue.model.SourceLocation;

/**
 * Corrections and additions to the legal registry, read from a file in the registry's own form, so that a law
 * repealed or adopted between releases can be taken into account without a new release: each entry either adds an
 * instrument (with its title, kind, confidence and sources) or corrects one the registry has (the fields it gives
 * replace the registry's; its sources are added to the entry's). Every entry names its sources. The file's form is
 * published as {@code legal-registry-overlay.schema.json} in this package. Apply it with
 * {@link LegalRegistry#withOverlay(RegistryOverlay)}.
 *
 * <pre>{@code
 * {
 *   "version": "2026-12-10",
 *   "about": "《某法》2026年修订",
 *   "instruments": [
 *     {"id": "...", "repealedOn": "2026-12-01", "status": "已废止", "successorId": "...",
 *      "sources": [{"url": "https://...", "verifies": "第八十条 废止条款", "kind": "gov-site"}]}
 *   ]
 * }
 * }</pre>
 */
public final class RegistryOverlay {

    /** Class-path resource of the overlay file's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "org/zwgk/catalogue/data/legal-registry-overlay.schema.json";

    private final String name;
    private final String sha256;
    private final OverlayReader.Overlay overlay;

    private RegistryOverlay(String name, String sha256, OverlayReader.Overlay overlay) {
        this.name = name;
        this.sha256 = sha256;
        this.overlay = overlay;
    }

    /** Reads the overlay in {@code file}, named in problems and reports by the path as given. */
    public static RegistryOverlay read(Path file) throws RegistryOverlayException {
        Objects.requireNonNull(file, "file");
        String shown = file.toString();
        try {
            if (Files.size(file) > OverlayReader.MAX_BYTES) {
                throw new RegistryOverlayException(List.of(DataMessages.problem("registry.overlay.too-large",
                        SourceLocation.ofFile(shown), Files.size(file), OverlayReader.MAX_BYTES)));
            }
            return read(shown, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new RegistryOverlayException(List.of(DataMessages.problem("registry.overlay.file-missing",
                    SourceLocation.ofFile(shown), shown)));
        } catch (IOException e) {
            throw new RegistryOverlayException(List.of(DataMessages.problem("registry.overlay.unreadable",
                    SourceLocation.ofFile(shown), shown, e.getClass().getSimpleName())));
        }
    }

    /**
     * Reads an overlay from its bytes (UTF-8 JSON), e.g. an administrator's upload.
     *
     * @param name the file's name, shown in problems and reports
     */
    public static RegistryOverlay read(String name, byte[] json) throws RegistryOverlayException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        OverlayReader.Result result = OverlayReader.read(name, json);
        if (!result.problems().isEmpty()) {
            throw new RegistryOverlayException(result.problems());
        }
        return new RegistryOverlay(name, sha256(json), result.overlay());
    }

    /** The file's name as given. */
    public String name() {
        return name;
    }

    /** The version the overlay states. */
    public String version() {
        return overlay.version();
    }

    /** What the overlay says it changes; empty text where it does not say. */
    public String about() {
        return overlay.about();
    }

    /** The SHA-256 of the file's bytes, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** The ids of the instruments it adds or corrects, in file order. */
    public List<String> instrumentIds() {
        return overlay.entries().stream().map(e -> (String) e.get("id")).toList();
    }

    /** This overlay as a report names it. */
    public RegistryVersion.Overlay describe() {
        return new RegistryVersion.Overlay(name, overlay.version(), sha256);
    }

    List<Map<String, Object>> entries() {
        return overlay.entries();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
