package org.zwgk.catalogue.server.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A round's export: one row per locality (status, version, score, counts, time, SHA-256) as {@code xlsx} (POI) or
 * {@code csv} (UTF-8 with a byte-order mark, so that Excel opens the Chinese right), or a {@code zip} of every
 * locality's latest JSON report. Headers and statuses in the request's language.
 */
@Component
public class RoundExport {

    private static final List<String> COLUMNS = List.of("number", "locality", "code", "level", "status", "version",
            "score", "errors", "warnings", "infos", "submitted-at", "sha256");

    /**
     * An export file.
     *
     * @param name        its file name
     * @param contentType its media type
     * @param bytes       its content
     */
    public record File(String name, String contentType, byte[] bytes) {
    }

    private final RoundStore store;

    public RoundExport(RoundStore store) {
        this.store = store;
    }

    /** The round's export in {@code format} ({@code xlsx}, {@code csv} or {@code zip}); else 400. */
    public File of(Round round, String format, Locale locale) {
        String base = "round-" + round.id().substring(0, 8);
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> new File(base + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows(round, locale),
                            locale));
            case "csv" -> new File(base + ".csv", "text/csv;charset=UTF-8", csv(rows(round, locale), locale));
            case "zip" -> new File(base + "-reports.zip", "application/zip", zip(round));
            default -> throw ReviewProblem.badField("format", format);
        };
    }

    private List<List<Object>> rows(Round round, Locale locale) {
        Map<String, Submission> latest = store.latest(round.id());
        List<List<Object>> rows = new ArrayList<>();
        for (Locality l : store.localities(round.id())) {
            Optional<Submission> s = Optional.ofNullable(latest.get(l.id()));
            Optional<Submission.Summary> sum = s.flatMap(Submission::summary);
            List<Object> row = new ArrayList<>();
            row.add(l.position() + 1);
            row.add(l.name());
            row.add(l.code().orElse(""));
            row.add(l.level().orElse(""));
            row.add(ReviewMessages.format(locale, LocalityStatus.of(s).messageKey()));
            row.add(s.<Object>map(Submission::version).orElse(""));
            row.add(sum.<Object>map(Submission.Summary::score).orElse(""));
            row.add(sum.<Object>map(Submission.Summary::errors).orElse(""));
            row.add(sum.<Object>map(Submission.Summary::warnings).orElse(""));
            row.add(sum.<Object>map(Submission.Summary::infos).orElse(""));
            row.add(s.map(x -> x.submittedAt().toString()).orElse(""));
            row.add(s.map(Submission::sha256).orElse(""));
            rows.add(row);
        }
        return rows;
    }

    private static List<String> header(Locale locale) {
        return COLUMNS.stream().map(c -> ReviewMessages.format(locale, "review.export." + c)).toList();
    }

    private static byte[] xlsx(List<List<Object>> rows, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(ReviewMessages.format(locale, "review.export.sheet"));
            Row head = sheet.createRow(0);
            List<String> names = header(locale);
            for (int c = 0; c < names.size(); c++) {
                head.createCell(c).setCellValue(names.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<List<Object>> rows, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\uFEFF');
            csv.printRecord(header(locale));
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(RoundExport::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A text cell that a spreadsheet would take for a formula (=, +, -, @) is prefixed with ' to stay text. */
    private static Object inert(Object value) {
        if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return value;
    }

    private byte[] zip(Round round) {
        Map<String, Submission> latest = store.latest(round.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Locality l : store.localities(round.id())) {
                Submission s = latest.get(l.id());
                if (s == null) {
                    continue;
                }
                Optional<String> report = store.reportJson(s.id());
                if (report.isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "%03d-%s-v%d.json", l.position() + 1,
                        l.name().replaceAll("[\\\\/:*?\"<>|]", "_"), s.version())));
                zip.write(report.get().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
