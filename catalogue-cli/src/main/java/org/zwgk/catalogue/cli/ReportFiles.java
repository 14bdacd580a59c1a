package org.zwgk.catalogue.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Names of report files under {@code --output-dir}, and input hashes. */
final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Where the report of {@code input} goes under the output directory: the input's path made relative (no root,
     * no {@code ..}), with the report's extension added, so {@code a.csv} and {@code a.xlsx} never collide:
     * {@code catalogues/county.xlsx} → {@code catalogues/county.xlsx.html}.
     */
    static String relativeName(String input, String extension) {
        List<String> parts = new ArrayList<>();
        for (String part : input.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            parts.add(part.equals("..") ? "_" : part.replace(":", "_"));
        }
        if (parts.isEmpty()) {
            parts.add("report");
        }
        return String.join("/", parts) + "." + extension;
    }

    /**
     * A report name for each input: its path relative to the directory argument it was found under, or its file
     * name when it was named itself; the input's own extension is kept so {@code a.csv} and {@code a.xlsx} never
     * collide, and a name used twice gets {@code -2}, {@code -3} …
     */
    static java.util.Map<String, String> names(List<java.nio.file.Path> arguments, List<String> inputs) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (String input : inputs) {
            java.nio.file.Path p = java.nio.file.Path.of(input);
            String rel = null;
            for (java.nio.file.Path arg : arguments) {
                if (p.startsWith(arg) && !p.equals(arg)) {
                    rel = arg.relativize(p).toString();
                    break;
                }
            }
            if (rel == null) {
                rel = p.getFileName() == null ? input : p.getFileName().toString();
            }
            String base = relativeName(rel, "").replaceAll("\\.$", "");
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            names.put(input, name);
        }
        return names;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
