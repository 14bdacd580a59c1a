package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.zwgk.catalogue.rules.internal.ProfileReader;

/**
 * Which rules run and how serious their findings are. A profile file is a small JSON object:
 *
 * <pre>{@code
 * {"name": "county", "rules": {"coverage.local-addition": "off", "owner.level-mismatch": "error"}}
 * }</pre>
 *
 * Each value is {@code off}, {@code on} (the rule's default severity), {@code error}, {@code warning} or
 * {@code info}. Rules a profile does not name run with their default severity.
 *
 * @param name       the profile's name, shown in every report
 * @param disabled   ids of rules that do not run
 * @param severities severity overrides by rule id
 */
public record Profile(String name, Set<String> disabled, Map<String, Severity> severities) {

    public Profile {
        Objects.requireNonNull(name, "name");
        disabled = Collections.unmodifiableSet(new TreeSet<>(disabled));
        severities = Collections.unmodifiableMap(new TreeMap<>(severities));
    }

    /** Every rule on, each with its default severity. */
    public static Profile defaults() {
        return new Profile("default", Set.of(), Map.of());
    }

    /** Reads a profile file; problems are located by JSON pointer. */
    public static Profile read(Path file) throws ProfileException {
        try (InputStream in = Files.newInputStream(file)) {
            return ProfileReader.read(in, file.toString());
        } catch (IOException e) {
            throw ProfileReader.unreadable(file.toString(), e);
        }
    }

    /** Reads a profile from a stream named {@code name} in problems. */
    public static Profile read(InputStream in, String name) throws ProfileException {
        return ProfileReader.read(in, name);
    }

    /** True when the rule runs. */
    public boolean enables(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The severity findings of {@code rule} get under this profile. */
    public Severity severityOf(RuleInfo rule) {
        return Optional.ofNullable(severities.get(rule.id())).orElse(rule.defaultSeverity());
    }
}
