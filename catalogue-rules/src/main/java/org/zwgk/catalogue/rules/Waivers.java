package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.zwgk.catalogue.rules.internal.SuppressionFiles;

/**
 * The waivers of a run, read from a JSON file:
 *
 * <pre>{@code
 * {"waivers": [
 *   {"rule": "channel.parent-channel-dropped", "category": "XK-01", "field": "channels",
 *    "reason": "本县未开通政务新媒体，已报市局备案", "approver": "张三（县分局办公室）", "expires": "2026-12-31"}
 * ]}
 * }</pre>
 *
 * {@code rule}, {@code category}, {@code reason}, {@code approver} and {@code expires} (YYYY-MM-DD) are required;
 * {@code field} (a canonical JSON field name) is optional. An unknown rule id or a malformed entry is an error,
 * located by JSON pointer.
 *
 * @param list the waivers in file order
 */
public record Waivers(List<Waiver> list) {

    public Waivers {
        list = List.copyOf(list);
    }

    /** No waivers. */
    public static Waivers none() {
        return new Waivers(List.of());
    }

    /** Reads a waivers file. */
    public static Waivers read(Path file) throws SuppressionFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw SuppressionFiles.unreadable(file.toString(), e);
        }
    }

    /** Reads waivers from a stream named {@code name} in problems. */
    public static Waivers read(InputStream in, String name) throws SuppressionFileException {
        return SuppressionFiles.readWaivers(in, name);
    }

    /** The waivers that still apply on {@code date}. */
    public List<Waiver> activeOn(LocalDate date) {
        return list.stream().filter(w -> w.appliesOn(date)).toList();
    }

    /** The waivers that have expired by {@code date}. */
    public List<Waiver> expiredOn(LocalDate date) {
        return list.stream().filter(w -> !w.appliesOn(date)).toList();
    }
}
