package org.zwgk.catalogue.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.rules.internal.SuppressionFiles;

/**
 * The findings a bureau accepted on the day it adopted the checker, so that only new findings fail the run and the
 * catalogue can be improved step by step. Findings are recorded by their stable {@link Finding#fingerprint()
 * fingerprint} (rule id, category code or name, field, message arguments; never row numbers), per input path, with
 * a count: if a fingerprint is recorded twice, two such findings are known and a third is new. The file is JSON:
 *
 * <pre>{@code
 * {"format": "zwgk-catalogue-baseline/1", "tool": "zwgk-catalogue 0.1.0", "parent": "mee-2019-672",
 *  "checkedOn": "2026-06-30",
 *  "inputs": [{"path": "county.xlsx", "findings": [
 *     {"fingerprint": "26fdedb239c7dd1e", "rule": "channel.parent-channel-dropped", "category": "建设项目环境影响评价文件审批",
 *      "code": "XK-01", "field": "channels", "message": "二级事项“…”未保留上级目录的公开渠道“两微一端”。"}]}]}
 * }</pre>
 *
 * Only {@code path} and {@code fingerprint} are read back; the rest is for the people reviewing the file.
 *
 * @param parent    the parent edition the findings were found against
 * @param checkedOn the date of the check, YYYY-MM-DD
 * @param tool      the tool and version that wrote it
 * @param inputs    the recorded findings, per input
 */
public record Baseline(String parent, String checkedOn, String tool, List<Input> inputs) {

    public Baseline {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(checkedOn, "checkedOn");
        Objects.requireNonNull(tool, "tool");
        inputs = List.copyOf(inputs);
    }

    /** Today's findings of these reports (all but waived ones, which are already accepted), one input each. */
    public static Baseline of(List<Report> reports) {
        List<Input> inputs = new ArrayList<>();
        for (Report r : reports) {
            List<Entry> entries = new ArrayList<>();
            for (Finding f : r.countingFindings()) {
                entries.add(new Entry(f.fingerprint(), f.ruleId(), f.location().category(), f.location().code(),
                        f.location().field().map(x -> x.jsonName()), Optional.of(f.message(Locale.SIMPLIFIED_CHINESE))));
            }
            inputs.add(new Input(key(r), entries));
        }
        Report first = reports.isEmpty() ? null : reports.get(0);
        return new Baseline(first == null ? "" : first.parent().edition(),
                first == null ? "" : first.checkedOn().toString(),
                first == null ? "" : first.tool().name() + " " + first.tool().version(), inputs);
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws SuppressionFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw SuppressionFiles.unreadable(file.toString(), e);
        }
    }

    /** Reads a baseline from a stream named {@code name} in problems. */
    public static Baseline read(InputStream in, String name) throws SuppressionFileException {
        return SuppressionFiles.readBaseline(in, name);
    }

    /** Writes the baseline as JSON (UTF-8, stable order: the same findings give the same bytes). */
    public void write(OutputStream out) throws IOException {
        SuppressionFiles.writeBaseline(this, out);
    }

    /**
     * The recorded findings of {@code report}'s input: those recorded for its path, else, where exactly one recorded
     * input has the same file name, that one's; else none.
     */
    public List<Entry> entriesFor(Report report) {
        String key = key(report);
        for (Input i : inputs) {
            if (i.path().equals(key)) {
                return i.findings();
            }
        }
        String name = fileName(key);
        List<Input> sameName = inputs.stream().filter(i -> fileName(i.path()).equals(name)).toList();
        return sameName.size() == 1 ? sameName.get(0).findings() : List.of();
    }

    private static String key(Report r) {
        return r.input().path().map(p -> p.replace('\\', '/')).orElse(r.input().edition());
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The findings recorded for one input.
     *
     * @param path     the input's path as given on the command line (forward slashes), or its edition id
     * @param findings the recorded findings, in report order
     */
    public record Input(String path, List<Entry> findings) {
        public Input {
            Objects.requireNonNull(path, "path");
            findings = List.copyOf(findings);
        }
    }

    /**
     * One recorded finding.
     *
     * @param fingerprint the finding's fingerprint: the only part used to match
     * @param rule        its rule id, for people
     * @param category    its category, for people
     * @param code        its category code, for people
     * @param field       its field, for people
     * @param message     its message in Chinese, for people
     */
    public record Entry(String fingerprint, String rule, Optional<String> category, Optional<String> code,
            Optional<String> field, Optional<String> message) {
        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }
}
