package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * A round's dashboard: per locality its status, latest score and counts, and the data of the two charts, a bar
 * per locality's score and a heat map of the parent's categories × localities, each cell 缺失 (missing, 0),
 * 不涉及 (declared not applicable, 1), 已有但有问题 (present with errors or warnings, 2) or 已有 (present, 3),
 * read from each latest report's alignment and findings.
 */
@Component
public class Dashboard {

    /** Heat-map values, in the order of the legend. */
    public static final int MISSING = 0;
    /** Declared not applicable. */
    public static final int NOT_APPLICABLE = 1;
    /** Present, with errors or warnings about it. */
    public static final int FINDINGS = 2;
    /** Present, without errors or warnings. */
    public static final int PRESENT = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One row of the dashboard's table.
     *
     * @param locality the locality
     * @param status   its status
     * @param latest   its latest submission, when it made one
     */
    public record Row(Locality locality, LocalityStatus status, Optional<Submission> latest) {
        /** When the latest upload came, in China's time ({@code yyyy-MM-dd HH:mm}), or a dash. */
        public String submittedAt() {
            return latest.map(s -> Submission.shown(s.submittedAt())).orElse("—");
        }
    }

    private final RoundStore store;

    public Dashboard(RoundStore store) {
        this.store = store;
    }

    /** The table's rows, in the reviewer's order. */
    public List<Row> rows(Round round) {
        Map<String, Submission> latest = store.latest(round.id());
        List<Row> rows = new ArrayList<>();
        for (Locality l : store.localities(round.id())) {
            Optional<Submission> s = Optional.ofNullable(latest.get(l.id()));
            rows.add(new Row(l, LocalityStatus.of(s), s));
        }
        return rows;
    }

    /**
     * The charts: their data as JSON for the page's script (localities, scores, categories, cells [x, y, value] and
     * the legend), and the heat map again as a table of words, for a reader who does not see colour and for print.
     *
     * @param json       the charts' data
     * @param localities the table's columns
     * @param heat       the table's rows, one per parent category, in the order the reports first name them
     */
    public record Charts(String json, List<String> localities, List<HeatRow> heat) {
    }

    /**
     * One parent category of the heat map as words.
     *
     * @param category the category ("code name")
     * @param cells    per locality 缺失, 不涉及, 已有（有问题）, 已有, or a dash when it has no checked upload
     */
    public record HeatRow(String category, List<String> cells) {
    }

    /** The charts of {@code rows} in {@code locale}. */
    public Charts charts(List<Row> rows, Locale locale) {
        List<String> names = new ArrayList<>();
        List<Object> scores = new ArrayList<>();
        Map<String, Integer> categories = new LinkedHashMap<>();
        List<int[]> cells = new ArrayList<>();
        for (int x = 0; x < rows.size(); x++) {
            Row row = rows.get(x);
            names.add(row.locality().name());
            scores.add(row.latest().flatMap(Submission::summary).map(Submission.Summary::score).orElse(null));
            Optional<String> report = row.latest().filter(Submission::accepted).flatMap(s -> store.reportJson(s.id()));
            if (report.isPresent()) {
                for (Map.Entry<String, Integer> cell : cells(report.get()).entrySet()) {
                    int y = categories.computeIfAbsent(cell.getKey(), k -> categories.size());
                    cells.add(new int[] {x, y, cell.getValue()});
                }
            }
        }
        List<String> legend = List.of(ReviewMessages.format(locale, "review.heat.missing"),
                ReviewMessages.format(locale, "review.heat.not-applicable"),
                ReviewMessages.format(locale, "review.heat.findings"),
                ReviewMessages.format(locale, "review.heat.present"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("localities", names);
        data.put("scores", scores);
        data.put("categories", List.copyOf(categories.keySet()));
        data.put("cells", cells);
        data.put("legend", legend);
        data.put("scoreLabel", ReviewMessages.format(locale, "review.export.score"));
        String[][] words = new String[categories.size()][names.size()];
        for (String[] r : words) {
            Arrays.fill(r, "—");
        }
        for (int[] c : cells) {
            words[c[1]][c[0]] = legend.get(c[2]);
        }
        List<HeatRow> heat = new ArrayList<>();
        int y = 0;
        for (String category : categories.keySet()) {
            heat.add(new HeatRow(category, List.of(words[y++])));
        }
        try {
            return new Charts(JSON.writeValueAsString(data), List.copyOf(names), List.copyOf(heat));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each parent category of a JSON report ("code name") with its heat-map value. */
    static Map<String, Integer> cells(String reportJson) {
        JsonNode report;
        try {
            report = JSON.readTree(reportJson);
        } catch (IOException e) {
            return Map.of();
        }
        Map<String, Integer> withFindings = new LinkedHashMap<>();
        for (JsonNode f : report.path("findings")) {
            String severity = f.path("severity").asText();
            if (severity.equals("ERROR") || severity.equals("WARNING")) {
                withFindings.merge(f.path("location").path("category").asText(""), 1, Integer::sum);
            }
        }
        Map<String, Integer> cells = new LinkedHashMap<>();
        for (JsonNode m : report.path("alignment").path("matches")) {
            if (m.path("parent").isNull() || m.path("parent").isMissingNode()) {
                continue;
            }
            String parent = m.path("parent").asText();
            String label = (m.path("parentCode").isTextual() ? m.path("parentCode").asText() + " " : "") + parent;
            String kind = m.path("kind").asText();
            int value = switch (kind) {
                case "MISSING" -> MISSING;
                case "NOT_APPLICABLE" -> NOT_APPLICABLE;
                default -> withFindings.containsKey(parent)
                        || withFindings.containsKey(m.path("child").asText("")) ? FINDINGS : PRESENT;
            };
            cells.merge(label, value, Math::min);
        }
        return cells;
    }
}
