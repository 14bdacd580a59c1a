package org.zwgk.catalogue.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.Rules;
import org.zwgk.catalogue.rules.Severity;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a profile file, reporting every problem with its JSON pointer. */
public final class ProfileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileReader() {
    }

    public static Profile read(InputStream in, String name) throws ProfileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new ProfileException(List.of(RuleMessages.problem("profile.not-json",
                    SourceLocation.ofPointer(name, ""), e.getOriginalMessage())));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ProfileException(List.of(RuleMessages.problem("profile.not-object",
                    SourceLocation.ofPointer(name, ""))));
        }
        String profileName = root.path("name").isTextual() ? root.get("name").asText() : name;
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            problems.add(RuleMessages.problem("profile.rules-not-object", SourceLocation.ofPointer(name, "/rules")));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = JsonPointer.compile("/rules").append(JsonPointer.compile("/" + escape(e.getKey())))
                    .toString();
            SourceLocation at = SourceLocation.ofPointer(name, pointer);
            if (Rules.byId(e.getKey()).isEmpty()) {
                problems.add(RuleMessages.problem("profile.unknown-rule", at, e.getKey()));
                continue;
            }
            String value = e.getValue().isTextual() ? e.getValue().asText().strip() : "";
            if (value.equalsIgnoreCase("off")) {
                disabled.add(e.getKey());
            } else if (!value.equalsIgnoreCase("on")) {
                Severity.parse(value).ifPresentOrElse(s -> severities.put(e.getKey(), s),
                        () -> problems.add(RuleMessages.problem("profile.bad-value", at, e.getValue().toString())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(problems);
        }
        return new Profile(profileName, disabled, severities);
    }

    public static ProfileException unreadable(String name, IOException e) {
        return new ProfileException(List.of(RuleMessages.problem("profile.unreadable",
                SourceLocation.ofFile(name), String.valueOf(e.getMessage()))));
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
