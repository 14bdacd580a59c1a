package org.zwgk.catalogue.server.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zwgk.catalogue.data.RegistryOverlay;
import org.zwgk.catalogue.data.RegistryOverlayException;
import org.zwgk.catalogue.data.RegistryVersion;
import org.zwgk.catalogue.server.review.AuditLog;
import org.zwgk.catalogue.spring.CatalogueRegistry;

/**
 * Registry overlays an administrator uploads: validated by the library (schema, sources), laid over the bundled
 * registry after those {@code zwgk.catalogue.registry} names, kept in the database and laid again at start-up. A
 * re-check of a round then judges citations by the new registry, and every report names it.
 */
@Service
public class RegistryOverlays implements ApplicationRunner {

    /**
     * An uploaded overlay file.
     *
     * @param name  its file name
     * @param bytes its JSON
     */
    public record File(String name, byte[] bytes) {
    }

    private final CatalogueRegistry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;
    private final List<RegistryOverlay> configured;

    public RegistryOverlays(CatalogueRegistry registry, JdbcClient jdbc, TransactionTemplate tx, AuditLog audit,
            Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.configured = registry.overlays();
    }

    /** Lays the stored overlays over the configured ones at start-up. */
    @Override
    public void run(ApplicationArguments args) throws RegistryOverlayException {
        List<File> stored = uploaded();
        if (!stored.isEmpty()) {
            registry.replaceOverlays(with(read(stored)));
        }
    }

    /** Replaces the uploaded overlays by {@code files} (none: back to the configured ones); all or nothing. */
    public void replace(List<File> files, String by) throws RegistryOverlayException {
        registry.replaceOverlays(with(read(files)));
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.executeWithoutResult(s -> {
            jdbc.sql("DELETE FROM registry_overlays").update();
            for (int i = 0; i < files.size(); i++) {
                jdbc.sql("INSERT INTO registry_overlays (ordinal, file_name, content, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?)").params(i, files.get(i).name(), files.get(i).bytes(), by, now)
                        .update();
            }
        });
        audit.record(null, by, "registry.overlays", registry.version().label());
    }

    /** The uploaded overlay files, first applied first (the configured ones come before them). */
    public List<File> uploaded() {
        return jdbc.sql("SELECT file_name, content FROM registry_overlays ORDER BY ordinal")
                .query((rs, n) -> new File(rs.getString(1), rs.getBytes(2))).list();
    }

    /** Lays {@code file} over the uploaded overlays, after them; nothing changes when it is refused. */
    public void add(File file, String by) throws RegistryOverlayException {
        List<File> files = new ArrayList<>(uploaded());
        files.add(file);
        replace(files, by);
    }

    /** Removes the uploaded overlay at {@code index} (0 is the first uploaded); false when there is none. */
    public boolean remove(int index, String by) throws RegistryOverlayException {
        List<File> files = new ArrayList<>(uploaded());
        if (index < 0 || index >= files.size()) {
            return false;
        }
        files.remove(index);
        replace(files, by);
        return true;
    }

    /** Every overlay laid now, the configured ones first. */
    public List<RegistryOverlay> overlays() {
        return registry.overlays();
    }

    /** How many of {@link #overlays()} come from {@code zwgk.catalogue.registry} (those a page cannot remove). */
    public int configuredCount() {
        return configured.size();
    }

    /** The registry's version now, in parts. */
    public RegistryVersion version() {
        return registry.version();
    }

    /** The registry's version now: the bundled one and every overlay. */
    public String label() {
        return registry.version().label();
    }

    private List<RegistryOverlay> with(List<RegistryOverlay> uploaded) {
        List<RegistryOverlay> all = new ArrayList<>(configured);
        all.addAll(uploaded);
        return all;
    }

    private static List<RegistryOverlay> read(List<File> files) throws RegistryOverlayException {
        List<RegistryOverlay> overlays = new ArrayList<>();
        for (File f : files) {
            overlays.add(RegistryOverlay.read(f.name(), f.bytes()));
        }
        return overlays;
    }
}
