package org.zwgk.catalogue.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds the libraries inside the web checker's runnable jar to the release's licence listing and SBOM. The archive's
 * own {@code THIRD-PARTY.txt} and {@code bom.json} (license-maven-plugin and cyclonedx-maven-plugin, run here)
 * cover {@code lib/}; the server's (the same plugins, run in catalogue-server, where Spring Boot's versions
 * apply) cover what {@code server/catalogue-server.jar} bundles. Each stays as its plugin wrote it: the listing
 * gains the server's as a section of its own, the SBOM the server's components and dependency graph that it does
 * not already hold (a library at the same version in both is one component). Run by the build
 * ({@code exec:java}, before the archive is made).
 */
public final class ReleaseListings {

    private ReleaseListings() {
    }

    /**
     * {@code <release dir> <server THIRD-PARTY.txt> <server SBOM>}: rewrites the release dir's
     * {@code THIRD-PARTY.txt} and {@code bom.json}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ReleaseListings <release dir> <server THIRD-PARTY.txt> "
                    + "<server bom.json>");
        }
        Path release = Path.of(args[0]);
        for (Path p : List.of(release.resolve("THIRD-PARTY.txt"), Path.of(args[1]), release.resolve("bom.json"),
                Path.of(args[2]))) {
            if (!Files.isRegularFile(p)) {
                // cyclonedx-maven-plugin needs Maven online and is skipped offline: say which file is missing.
                throw new IllegalStateException(p + " was not made (an offline build skips cyclonedx-maven-plugin's "
                        + "makeBom: build catalogue-server and catalogue-dist online once)");
            }
        }
        mergeListing(release.resolve("THIRD-PARTY.txt"), Path.of(args[1]));
        mergeSbom(release.resolve("bom.json"), Path.of(args[2]));
    }

    /** Appends the server's listing under a heading that says where those libraries are (once, if run again). */
    static void mergeListing(Path listing, Path server) throws IOException {
        String heading = "Inside server/catalogue-server.jar (the web checker, a Spring Boot jar; BOOT-INF/lib):";
        String own = Files.readString(listing, StandardCharsets.UTF_8);
        int before = own.indexOf(heading);
        own = (before < 0 ? own : own.substring(0, before)).stripTrailing();
        String theirs = Files.readString(server, StandardCharsets.UTF_8).strip();
        Files.writeString(listing, own + "\n\n" + heading + "\n" + theirs + "\n", StandardCharsets.UTF_8);
    }

    /** Adds the server's components and dependency graph that the release's SBOM does not hold. */
    static void mergeSbom(Path sbom, Path server) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode own = (ObjectNode) json.readTree(sbom.toFile());
        JsonNode theirs = json.readTree(server.toFile());

        ArrayNode components = own.withArray("components");
        Set<String> refs = new LinkedHashSet<>();
        components.forEach(c -> refs.add(c.path("bom-ref").asText()));
        for (JsonNode c : theirs.path("components")) {
            if (refs.add(c.path("bom-ref").asText())) {
                components.add(c);
            }
        }

        ArrayNode dependencies = own.withArray("dependencies");
        for (JsonNode d : theirs.path("dependencies")) {
            ObjectNode same = null;
            for (JsonNode mine : dependencies) {
                if (mine.path("ref").asText().equals(d.path("ref").asText())) {
                    same = (ObjectNode) mine;
                }
            }
            if (same == null) {
                dependencies.add(d);
                continue;
            }
            ArrayNode dependsOn = same.withArray("dependsOn");
            Set<String> known = new LinkedHashSet<>();
            dependsOn.forEach(r -> known.add(r.asText()));
            d.path("dependsOn").forEach(r -> {
                if (known.add(r.asText())) {
                    dependsOn.add(r);
                }
            });
        }
        Files.writeString(sbom, json.writeValueAsString(own) + "\n", StandardCharsets.UTF_8);
    }
}
