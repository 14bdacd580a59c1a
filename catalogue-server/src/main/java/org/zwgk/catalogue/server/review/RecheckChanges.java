package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.zwgk.catalogue.data.RegistryVersion;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.Report;

/**
 * What a re-check changed: the new report against the stored JSON report of the version re-checked (as it was
 * judged then, with the registry of then), matched by the library's fingerprints exactly as
 * {@link org.zwgk.catalogue.rules.ReportComparison} matches two reports (a fingerprint found twice counts twice).
 * The stored report stands for the earlier one because a registry overlay changes what the same bytes give.
 *
 * @param added          findings of the new report that the stored one did not have
 * @param fixed          findings of the stored report that the new one no longer has
 * @param unchanged      findings in both
 * @param registryBefore the registry the stored report names
 * @param registryAfter  the registry the new report names
 */
public record RecheckChanges(List<Finding> added, List<Fixed> fixed, int unchanged, String registryBefore,
        String registryAfter) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public RecheckChanges {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
    }

    /**
     * A finding of the stored report that is gone, as the stored report wrote it.
     *
     * @param ruleId   the rule
     * @param severity its severity
     * @param category the category it was about, or empty
     * @param message  its message, as stored (zh-CN)
     */
    public record Fixed(String ruleId, String severity, String category, String message) {
    }

    /** The changes from the stored {@code earlierJson} (stored before its fingerprints were) to {@code later}. */
    public static RecheckChanges between(String earlierJson, Report later) {
        JsonNode earlier = parse(earlierJson);
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode f : earlier.path("findings")) {
            fingerprints.add(f.path("fingerprint").asText());
        }
        return compare(fingerprints, registry(earlier.path("tool").path("registry")), () -> earlier, later,
                later.findings().stream().map(Finding::fingerprint).toList());
    }

    /**
     * The changes from a stored report, given by its findings' {@code fingerprints} (in its order) and its
     * {@code registry} label, to {@code later} (whose findings' fingerprints are {@code laterFingerprints}, in its
     * order). Its JSON ({@code earlierJson}) is read only when findings were fixed, for what they said.
     */
    public static RecheckChanges between(List<String> fingerprints, String registry, Supplier<String> earlierJson,
            Report later, List<String> laterFingerprints) {
        return compare(fingerprints, registry, () -> parse(earlierJson.get()), later, laterFingerprints);
    }

    private static RecheckChanges compare(List<String> fingerprints, String registry, Supplier<JsonNode> earlier,
            Report later, List<String> laterFingerprints) {
        Map<String, Integer> before = new HashMap<>();
        for (String f : fingerprints) {
            before.merge(f, 1, Integer::sum);
        }
        List<Finding> added = new ArrayList<>();
        int unchanged = 0;
        Map<String, Integer> after = new HashMap<>();
        for (int i = 0; i < laterFingerprints.size(); i++) {
            String f = laterFingerprints.get(i);
            after.merge(f, 1, Integer::sum);
            if (before.merge(f, -1, Integer::sum) >= 0) {
                unchanged++;
            } else {
                added.add(later.findings().get(i));
            }
        }
        List<Fixed> fixed = new ArrayList<>();
        if (unchanged < fingerprints.size()) {
            for (JsonNode f : earlier.get().path("findings")) {
                if (after.merge(f.path("fingerprint").asText(), -1, Integer::sum) < 0) {
                    fixed.add(new Fixed(f.path("ruleId").asText(), f.path("severity").asText(),
                            f.path("location").path("category").asText(""), f.path("message").asText()));
                }
            }
        }
        return new RecheckChanges(added, fixed, unchanged, registry, later.tool().registry().label());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String registry(JsonNode r) {
        List<RegistryVersion.Overlay> overlays = new ArrayList<>();
        for (JsonNode o : r.path("overlays")) {
            overlays.add(new RegistryVersion.Overlay(o.path("name").asText(), o.path("version").asText(),
                    o.path("sha256").asText()));
        }
        return r.isMissingNode() ? "" : new RegistryVersion(r.path("version").asText(), overlays).label();
    }
}
