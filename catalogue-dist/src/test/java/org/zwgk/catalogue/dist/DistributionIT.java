package org.zwgk.catalogue.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the .tar.gz that {@code mvn package} made into a folder with spaces and Chinese characters in its name
 * and runs {@code bin/zwgk-catalogue} as a user would: from another such folder, through a symbolic link, in the
 * C locale, with and without a startup archive, and with no Java at all; and starts the web checker with
 * {@code bin/zwgk-catalogue-server} on a free port, asks it for its page and a check, and stops it.
 */
@DisabledOnOs(OS.WINDOWS)
class DistributionIT {

    private static final String VERSION = System.getProperty("zwgk.dist.version");

    @TempDir
    static Path tmp;

    private static Path home;
    private static Path work;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("zwgk.dist.archive"));
        Path install = Files.createDirectories(tmp.resolve("安装 目录"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", install.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        home = install.resolve("zwgk-catalogue-" + VERSION);
        work = Files.createDirectories(tmp.resolve("工作 目录"));
    }

    @Test
    void archiveHoldsLaunchersLibrariesLicencesSbomAndExamples() throws Exception {
        Path zip = Path.of(System.getProperty("zwgk.dist.archive").replace(".tar.gz", ".zip"));
        List<String> entries = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
        }
        String base = "zwgk-catalogue-" + VERSION + "/";
        assertThat(entries).allMatch(e -> e.startsWith(base)).contains(base + "bin/zwgk-catalogue",
                base + "bin/zwgk-catalogue.cmd", base + "bin/zwgk-catalogue-server",
                base + "bin/zwgk-catalogue-server.cmd",
                base + "server/catalogue-server.jar", base + "LICENSE", base + "THIRD-PARTY.txt", base + "bom.json",
                base + "README.txt", base + "examples/sample-county-shortfalls.xlsx",
                base + "examples/catalogue-template.xlsx", base + "lib/catalogue-cli-" + VERSION + ".jar");
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> base + home.relativize(f)).sorted())
                    .as("the .zip and the .tar.gz hold the same files").containsExactlyElementsOf(
                            entries.stream().sorted().toList());
        }

        assertThat(home.resolve("LICENSE")).hasSameTextualContentAs(
                Path.of(System.getProperty("zwgk.dist.root"), "LICENSE"));
        assertThat(Files.isExecutable(launcher())).isTrue();
        assertThat(Files.isExecutable(home.resolve("bin/zwgk-catalogue-server"))).isTrue();
        for (String cmd : List.of("bin/zwgk-catalogue.cmd", "bin/zwgk-catalogue-server.cmd")) {
            assertThat(Files.readString(home.resolve(cmd))).as(cmd).contains("\r\n").doesNotContainPattern("[^\r]\n");
        }
        String thirdParty = Files.readString(home.resolve("THIRD-PARTY.txt"));
        String sbom = Files.readString(home.resolve("bom.json"));
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
                String artifactId = name.replaceFirst("-\\d.*$", "");
                String version = name.substring(artifactId.length() + 1);
                assertThat(thirdParty).as("THIRD-PARTY.txt names " + name).contains(":" + artifactId + ":" + version);
                assertThat(sbom).as("bom.json names " + name).contains("\"name\" : \"" + artifactId + "\"");
                if (artifactId.startsWith("catalogue-")) {
                    try (ZipFile z = new ZipFile(jar.toFile())) {
                        assertThat(z.getEntry("META-INF/LICENSE")).as(name + " carries the licence").isNotNull();
                    }
                }
                assertThat(artifactId).as("the web checker's libraries stay inside its jar").doesNotStartWith("spring-")
                        .doesNotStartWith("tomcat-");
            }
        }
        // Every library inside the web checker's jar, at the version it bundles, is listed too.
        List<String> bundled = new ArrayList<>();
        try (ZipFile z = new ZipFile(home.resolve("server/catalogue-server.jar").toFile())) {
            z.stream().map(e -> e.getName()).filter(e -> e.startsWith("BOOT-INF/lib/") && e.endsWith(".jar"))
                    .forEach(e -> bundled.add(e.substring("BOOT-INF/lib/".length(), e.length() - ".jar".length())));
            assertThat(z.getEntry("org/springframework/boot/loader/launch/JarLauncher.class"))
                    .as("Spring Boot's launcher classes at the jar's root").isNotNull();
            assertThat(z.getEntry("BOOT-INF/lib/spring-boot-loader-" + bootVersion(thirdParty) + ".jar"))
                    .as("and not a second time as a library").isNull();
        }
        assertThat(sbom).contains("pkg:maven/org.springframework.boot/spring-boot-loader@" + bootVersion(thirdParty));
        assertThat(bundled).as("the server jar's libraries").anyMatch(n -> n.startsWith("spring-webmvc-"))
                .anyMatch(n -> n.startsWith("catalogue-rules-"));
        for (String name : bundled) {
            String artifactId = name.replaceFirst("-\\d.*$", "");
            String version = name.substring(artifactId.length() + 1);
            assertThat(thirdParty).as("THIRD-PARTY.txt names the server's " + name)
                    .contains(":" + artifactId + ":" + version);
            assertThat(sbom).as("bom.json names the server's " + name).contains("/" + artifactId + "@" + version + "?");
        }
    }

    /** The Spring Boot version the licence listing names for the launcher. */
    private static String bootVersion(String thirdParty) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "org\\.springframework\\.boot:spring-boot-loader:([^ ]+) ").matcher(thirdParty);
        assertThat(m.find()).as("THIRD-PARTY.txt names spring-boot-loader").isTrue();
        return m.group(1);
    }

    @Test
    void theWebCheckerStartsFromTheArchiveAndChecksTheExample() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile(tmp, "server", ".log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/zwgk-catalogue-server").toString(),
                "--server.port=" + port).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ZWGK_CATALOGUE_OPTS", "-Xmx512m");
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://localhost:" + port);
            awaitUp(http, base, server, log);

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/")).build(),
                    BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("检查政务公开标准目录", "name=\"file\"");

            String boundary = "zwgk-" + port;
            byte[] example = Files.readAllBytes(home.resolve("examples/sample-county-shortfalls.xlsx"));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"sample-county-shortfalls.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(example);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> report = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/checks"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
            assertThat(report.body()).startsWith("{").contains("\"path\" : \"sample-county-shortfalls.xlsx\"",
                    "\"version\" : \"" + VERSION + "\"", "coverage.missing-category");
        } finally {
            server.destroy();
            assertThat(server.waitFor(2, TimeUnit.MINUTES)).as("the server stops on SIGTERM").isTrue();
        }
    }

    /** Polls the health endpoint until it answers UP; fails with the log if the launcher ends first. */
    private static void awaitUp(HttpClient http, URI base, Process server, Path log) throws Exception {
        // Generous: on a loaded two-core machine Spring Boot has taken a minute to start.
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("the server exited " + server.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                        .build(), BodyHandlers.ofString());
                if (health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not come up: " + Files.readString(log));
    }

    @Test
    void versionRunsThroughASymbolicLinkFromAnyFolder() throws Exception {
        Path link = Files.createDirectories(tmp.resolve("链接 bin")).resolve("zwgk-catalogue");
        Files.createSymbolicLink(link, home.resolve("bin/zwgk-catalogue"));

        Run run = run(link, List.of("--version"), Map.of());

        assertThat(run.exit).as(run.stderr).isZero();
        assertThat(run.stdout).startsWith("zwgk-catalogue " + VERSION + "\n").contains("Java ");
        assertThat(run.stderr).isEmpty();
    }

    @Test
    void bundledExampleFallsShortWithTheZhReportAndTheStartupArchiveNeverShows() throws Exception {
        Path cache = Files.createDirectories(tmp.resolve("缓存 目录"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        List<String> args = List.of("check", home.resolve("examples/sample-county-shortfalls.xlsx").toString());

        Run first = run(launcher(), args, env);
        assertThat(first.exit).as(first.stderr).isEqualTo(1);
        assertThat(first.stdout).startsWith("生态环境领域政务公开标准目录符合性检查报告\n")
                .contains("coverage.missing-category", "由 zwgk-catalogue " + VERSION + " 生成");
        assertThat(first.stderr).isEmpty();
        List<Path> archives = archives(cache);
        assertThat(archives).as("the first check makes the startup archive").hasSize(1);

        Run second = run(launcher(), args, env);
        assertThat(second).isEqualTo(first);
        assertThat(archives(cache)).isEqualTo(archives);

        // A foreign file where the archive should be: the run goes on as if it were not there, and makes it anew.
        Files.write(archives.get(0), "not an archive".getBytes(StandardCharsets.US_ASCII));
        Run foreign = run(launcher(), args, env);
        assertThat(foreign).isEqualTo(first);
        assertThat(archives(cache)).isEqualTo(archives);
        assertThat(Files.size(archives.get(0))).as("a new archive").isGreaterThan(1 << 20);
    }

    @Test
    void jsonReportOfAWorkbookIsWrittenInUtf8FromTheCLocale() throws Exception {
        Files.copy(home.resolve("examples/catalogue-template.xlsx"), work.resolve("本县 目录.xlsx"));
        Map<String, String> env = Map.of("LANG", "", "LC_ALL", "", "LC_CTYPE", "", "ZWGK_CATALOGUE_CDS", "off");

        Run run = run(launcher(), List.of("check", "本县 目录.xlsx", "--format", "json", "-o", "报告 输出/报告.json"), env);

        assertThat(run.exit).as(run.stderr).isEqualTo(1);
        assertThat(run.stdout + run.stderr).isEmpty();
        // The json renderer's own tests fix its form; this one only checks that the file is the report, in UTF-8.
        String report = strictUtf8(Files.readAllBytes(work.resolve("报告 输出/报告.json")));
        assertThat(report).startsWith("{").endsWith("}\n").contains(
                "\"version\" : \"" + VERSION + "\"",
                "\"path\" : \"本县 目录.xlsx\"",
                "\"title\" : \"生态环境领域基层政务公开标准目录\"",
                "\"locale\" : \"zh-CN\"");
    }

    @Test
    void withoutJavaOneLineSaysJava17IsNeededAndWhere() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("空 PATH"));
        Map<String, String> noJava = Map.of("PATH", empty.toString(), "JAVA_HOME", empty.toString());

        Run zh = run(launcher(), List.of("check", "x.xlsx"), noJava);
        Run en = run(launcher(), List.of("--lang", "en", "--version"), noJava);

        assertThat(zh.exit).isEqualTo(4);
        assertThat(zh.stdout).isEmpty();
        assertThat(zh.stderr).isEqualTo("zwgk-catalogue 需要 Java 17 或更高版本，在 JAVA_HOME 和 PATH 中均未找到 Java："
                + "请从 https://adoptium.net/zh-CN/ （或系统软件源）安装，并将 JAVA_HOME 设为其安装目录。\n");
        assertThat(en.exit).isEqualTo(4);
        assertThat(en.stderr).startsWith("zwgk-catalogue needs Java 17 or later, found none in JAVA_HOME or PATH")
                .contains("https://adoptium.net/").endsWith("\n").hasLineCount(1);
    }

    @Test
    void anOlderJavaIsNamedInTheOneLine() throws Exception {
        Path old = Files.createDirectories(tmp.resolve("旧 jdk/bin"));
        Path java = old.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Files.writeString(old.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");

        Run run = run(launcher(), List.of("--version"), Map.of("JAVA_HOME", old.getParent().toString()));

        assertThat(run.exit).isEqualTo(4);
        assertThat(run.stdout).isEmpty();
        assertThat(run.stderr).contains("Java 17", "找到的是 Java 11.0.2", java.toString()).hasLineCount(1);
    }

    private static Path launcher() {
        return home.resolve("bin/zwgk-catalogue");
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    /** One launcher run from the work folder; the build's own Java unless {@code env} says otherwise. */
    private static Run run(Path launcher, List<String> args, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("the launcher ends").isTrue();
        return new Run(process.exitValue(), strictUtf8(Files.readAllBytes(out)), strictUtf8(Files.readAllBytes(err)));
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
