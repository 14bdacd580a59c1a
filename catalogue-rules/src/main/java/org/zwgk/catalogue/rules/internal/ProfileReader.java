package org.zwgk.catalogue.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.Rules;
import org.zwgk.catalogue.rules.Severity;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonPointer;

/** Reads a profile file, reporting every problem with its JSON pointer. */
public final class ProfileReader {

    private ProfileReader() {
    }

    public static Profile read(InputStream in, String name) throws ProfileException {
        Object root;
        try {
            root = JsonTree.read(in);
        } catch (JsonTree.DuplicateKey e) {
            throw new ProfileException(List.of(RuleMessages.problem("profile.not-json",
                    SourceLocation.ofPointer(name, e.pointer()), e.getOriginalMessage())));
        } catch (JacksonException e) {
            throw new ProfileException(List.of(RuleMessages.problem("profile.not-json",
                    SourceLocation.ofPointer(name, ""), e.getOriginalMessage())));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        List<Problem> problems = new ArrayList<>();
        if (!(root instanceof Obj profile)) {
            throw new ProfileException(List.of(RuleMessages.problem("profile.not-object",
                    SourceLocation.ofPointer(name, ""))));
        }
        String profileName = profile.string("name").orElse(name);
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        Object rules = profile.get("rules");
        if (rules != null && !(rules instanceof Obj)) {
            problems.add(RuleMessages.problem("profile.rules-not-object", SourceLocation.ofPointer(name, "/rules")));
        }
        for (Map.Entry<String, Object> e : profile.object("rules").fields().entrySet()) {
            String pointer = JsonPointer.compile("/rules").append(JsonPointer.compile("/" + escape(e.getKey())))
                    .toString();
            SourceLocation at = SourceLocation.ofPointer(name, pointer);
            if (Rules.byId(e.getKey()).isEmpty()) {
                problems.add(RuleMessages.problem("profile.unknown-rule", at, e.getKey()));
                continue;
            }
            String value = e.getValue() instanceof String text ? text.strip() : "";
            if (value.equalsIgnoreCase("off")) {
                disabled.add(e.getKey());
            } else if (!value.equalsIgnoreCase("on")) {
                Severity.parse(value).ifPresentOrElse(s -> severities.put(e.getKey(), s),
                        () -> problems.add(RuleMessages.problem("profile.bad-value", at,
                                JsonTree.toJson(e.getValue()))));
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
