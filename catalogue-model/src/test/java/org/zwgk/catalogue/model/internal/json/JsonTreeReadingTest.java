package org.zwgk.catalogue.model.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.model.json.JsonLimits;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

/**
 * The reader ({@code JsonTree} under {@link CanonicalReader}) never throws and reads a document's text and its UTF-8
 * bytes alike — for every JSON file of the project (bundled editions, fixtures, goldens, fuzz seeds) and for seeded
 * mutations of them that break syntax, repeat keys at every depth, change value types and cross small limits.
 * (Until issue 15 it was also held equal to the databind reader it replaced; that oracle went with the code.)
 */
class JsonTreeReadingTest {

    private static final JsonLimits SMALL = new JsonLimits(4, 12);
    /** Fragments a hand edit or a broken export leaves in a file. */
    private static final String[] FRAGMENTS = {"\"x\": 1,", "null", "[", "]", "{", "}", "\"", ",", ":", "1e400",
        "12345678901234567890", "-0.5", "true", "\"\\u00a0\"", "[]", "{}", "\"公众人士\"", "\"area\": \"甲\",",
        "\"name\": null,", "\"content\": [1, \"\"],", "/* c */", "\\", "\"\\ud800\"", "\u0000", "﻿"};

    @Test
    void everyJsonFileOfTheProjectIsReadFromTextAndBytesAlike() {
        List<Path> files = projectJsonFiles();
        assertThat(files).as("bundled editions, fixtures and goldens are found").hasSizeGreaterThan(25);
        for (Path file : files) {
            String json = read(file);
            assertSame(json, file.toString(), JsonLimits.defaults());
            assertSame(json, file.toString(), SMALL);
        }
    }

    @Test
    void seededMutationsAreReadWithLocatedProblemsAndNeverThrow() {
        List<String> bases = projectJsonFiles().stream().map(JsonTreeReadingTest::read)
                .filter(json -> json.length() < 200_000).toList();
        Random random = new Random(20_190_805);
        int fatal = 0;
        int lenient = 0;
        for (int n = 0; n < 3_000; n++) {
            String base = bases.get(random.nextInt(bases.size()));
            String mutant = mutate(base, random);
            ParsedCatalogue read = assertSame(mutant, "mutant-" + n + ".json",
                    n % 5 == 0 ? SMALL : JsonLimits.defaults());
            boolean unreadable = read.problems().stream().map(Problem::messageId)
                    .anyMatch(id -> id.equals("json.syntax") || id.equals("json.key.duplicate")
                            || id.startsWith("json.limit") || id.equals("json.root.object"));
            if (unreadable) {
                fatal++;
            } else if (!read.problems().isEmpty()) {
                lenient++;
            }
        }
        assertThat(fatal).as("mutations that make the file unreadable").isGreaterThan(500);
        assertThat(lenient).as("mutations read leniently with located problems").isGreaterThan(150);
    }

    @Test
    void repeatedKeysAtEveryDepthAndOddRootsAgree() {
        for (String json : List.of("", "  ", "null", "5", "\"x\"", "[]", "[{}]", "{}", "{} {}", "{}]",
                "{\"edition\": \"x\", \"edition\": \"y\"}",
                "{\"edition\": \"x\", \"edition\": {\"a\": 1}}",
                "{\"edition\": \"x\", \"edition\": [1]}",
                "{\"categories\": [{\"area\": \"A\", \"name\": \"N\", \"source\": {\"row\": 1, \"row\": 2}}]}",
                "{\"zz\": {\"deep\": [{\"k\": 1, \"k\": 1}]}}",
                "{\"declaredShape\": {\"areas\": 5, \"categories\": 2147483648}}",
                "{\"declaredShape\": {\"areas\": 5.0, \"categories\": 25}}",
                "{\"declaredShape\": {\"areas\": 5, \"categories\": 25, \"statedIn\": 3}}",
                "{\"a1\":1,\"a2\":2,\"a3\":3,\"a4\":4,\"a5\":5,\"a6\":6,\"a7\":7,\"a8\":8,\"a9\":9,\"a10\":10,"
                        + "\"a11\":11,\"a12\":12,\"a13\":13,\"a14\":14,\"a15\":15,\"a16\":16,\"a17\":17,\"a3\":3}",
                "{\"edition\": \"e\", \"title\": \"t\", \"categories\": [{\"area\": \"A\", \"name\": \"N\","
                        + " \"deadline\": {\"text\": 5}}, {\"area\": \"A\", \"name\": \"M\", \"deadline\": true}]}")) {
            assertSame(json, "odd.json", JsonLimits.defaults());
        }
    }

    /** Reads {@code json} from a string and from its UTF-8 bytes: neither throws, and both read the same. */
    private static ParsedCatalogue assertSame(String json, String file, JsonLimits limits) {
        ParsedCatalogue fromText = CanonicalReader.parse(json, file, limits);
        ParsedCatalogue fromBytes = CanonicalReader.parse(json.getBytes(StandardCharsets.UTF_8), file, limits);
        assertThat(fromBytes.catalogue()).as("%s read from bytes:%n%s", file, json).isEqualTo(fromText.catalogue());
        assertThat(fromBytes.problems()).extracting(Problem::messageId).as("%s read from bytes:%n%s", file, json)
                .isEqualTo(fromText.problems().stream().map(Problem::messageId).toList());
        return fromText;
    }

    private static String mutate(String base, Random random) {
        StringBuilder s = new StringBuilder(base);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.setLength(at);
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 3 -> repeatAKey(s, at);
                case 4 -> retypeAValue(s, at, random);
                default -> s.setCharAt(at, (char) (' ' + random.nextInt(95)));
            }
        }
        return s.toString();
    }

    /** Copies the key-value pair that starts at or after {@code from} in front of itself, when it is a string. */
    private static void repeatAKey(StringBuilder s, int from) {
        int key = s.indexOf("\"", from);
        int colon = key < 0 ? -1 : s.indexOf("\": \"", key);
        int end = colon < 0 ? -1 : s.indexOf("\"", colon + 4);
        if (end > 0 && s.charAt(colon + 3) == '"') {
            s.insert(key, s.substring(key, end + 1) + ", ");
        }
    }

    /** Replaces the string value that starts at or after {@code from} with another kind of value. */
    private static void retypeAValue(StringBuilder s, int from, Random random) {
        int colon = s.indexOf(": \"", from);
        int end = colon < 0 ? -1 : s.indexOf("\"", colon + 3);
        if (end > 0) {
            String[] kinds = {"7", "null", "[\"甲\", 2]", "{\"text\": \"20个工作日\"}", "false", "-1", "\"\""};
            s.replace(colon + 2, end + 1, kinds[random.nextInt(kinds.length)]);
        }
    }

    private static List<Path> projectJsonFiles() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .filter(p -> root.relativize(p).toString().contains("src/"))
                    .filter(p -> !root.relativize(p).toString().contains("/target/"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
