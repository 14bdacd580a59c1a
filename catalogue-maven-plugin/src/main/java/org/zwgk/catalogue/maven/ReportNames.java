package org.zwgk.catalogue.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Report file names under the output directory, by the command line's rule (its {@code ReportFiles} is
 * package-private to catalogue-cli, so the rule is restated here): the input's path relative to the directory
 * argument it was found under, or its file name when named itself; the input's own extension is kept so
 * {@code a.csv} and {@code a.xlsx} never collide; no root and no {@code ..}; a name used twice gets {@code -2},
 * {@code -3} …
 */
final class ReportNames {

    private ReportNames() {
    }

    static Map<String, String> of(List<Path> arguments, List<String> inputs) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String input : inputs) {
            Path p = Path.of(input);
            String rel = null;
            for (Path arg : arguments) {
                if (p.startsWith(arg) && !p.equals(arg)) {
                    rel = arg.relativize(p).toString();
                    break;
                }
            }
            if (rel == null) {
                rel = p.getFileName() == null ? input : p.getFileName().toString();
            }
            String base = safe(rel);
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            names.put(input, name);
        }
        return names;
    }

    private static String safe(String rel) {
        List<String> parts = new ArrayList<>();
        for (String part : rel.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            parts.add(part.equals("..") ? "_" : part.replace(":", "_"));
        }
        return parts.isEmpty() ? "report" : String.join("/", parts);
    }
}
