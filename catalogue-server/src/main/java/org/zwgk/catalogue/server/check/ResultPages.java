package org.zwgk.catalogue.server.check;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.rules.CheckInput;
import org.zwgk.catalogue.rules.Report;
import org.zwgk.catalogue.rules.ReportRenderer;
import org.zwgk.catalogue.spring.CheckResult;
import org.zwgk.catalogue.spring.ReportFormat;

/**
 * The result page's model: for one catalogue its html report, what was read and every download; for several, the
 * ranked summary, each report one click away on the same page, and all reports as one .zip. The downloads are kept
 * in the {@link ResultStore} for a short time and linked ({@link ResultDownloads}), so the page stays small
 * whatever the upload's size.
 */
@Component
class ResultPages {

    private static final List<ReportFormat> DOWNLOADS = List.of(ReportFormat.XLSX, ReportFormat.JSON,
            ReportFormat.SARIF, ReportFormat.CSV, ReportFormat.JUNIT, ReportFormat.HTML);

    private final MessageSource messages;
    private final ResultStore store;

    ResultPages(MessageSource messages, ResultStore store) {
        this.messages = messages;
        this.store = store;
    }

    /**
     * A download as the page links it.
     *
     * @param label    what it is, in the page's language
     * @param fileName the name the browser saves it as
     * @param href     where it is fetched from
     * @param bytes    its size
     */
    record Link(String label, String fileName, String href, int bytes) {
    }

    /** Keeps {@code files} and puts their links on the page as {@code downloads}, or says they are too large. */
    private void offer(List<ResultStore.File> files, Model model) {
        Optional<String> id = store.put(files);
        model.addAttribute("downloads", id.map(i -> files.stream().map(f -> new Link(f.label(), f.fileName(),
                ResultDownloads.path(i, f.key()), f.bytes().length)).toList()).orElse(List.of()));
        model.addAttribute("downloadsKept", id.isPresent());
    }

    /** One catalogue's page. */
    void single(CheckResult result, CheckResult.Item item, Locale locale, Model model) throws IOException {
        Report report = item.report().orElseThrow();
        String base = baseName(item.name());
        model.addAttribute("name", item.name());
        model.addAttribute("report", report);
        model.addAttribute("score", report.score());
        model.addAttribute("reportHtml", fragment(report, locale));
        model.addAttribute("problems", report.input().problems().stream().map(p -> p.describe(locale)).toList());
        model.addAttribute("fields", ReadTable.FIELDS.stream()
                .map(f -> messages.getMessage("field." + f.jsonName(), null, f.label(), locale)).toList());
        Optional<CheckInput> read = result.read(item);
        model.addAttribute("rows", read.map(ReadTable::rows).orElse(List.of()));
        List<ResultStore.File> downloads = new ArrayList<>();
        for (ReportFormat f : DOWNLOADS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            result.render(f.rendererName(), report, locale, out);
            String label = f == ReportFormat.XLSX && isWorkbook(item.name()) ? "download.annotated" : "download." + f
                    .rendererName();
            downloads.add(new ResultStore.File(f.rendererName(), messages.getMessage(label, null, locale),
                    base + "-report." + f.extension(), f.mediaType().toString(), out.toByteArray()));
        }
        read.ifPresent(r -> downloads.add(new ResultStore.File("canonical", messages.getMessage(
                "download.canonical", null, locale), base + ".canonical.json", "application/json",
                CatalogueJson.write(r.catalogue()).getBytes(StandardCharsets.UTF_8))));
        offer(downloads, model);
    }

    /**
     * One report in a batch.
     *
     * @param anchor the element id of its section on the page
     * @param name   the uploaded name
     * @param html   its html report fragment
     */
    record BatchReport(String anchor, String name, String html) {
    }

    /** Several catalogues' page. */
    void batch(CheckResult result, Locale locale, Model model) throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        List<BatchReport> reports = new ArrayList<>();
        int n = 0;
        for (CheckResult.Item item : result.items()) {
            if (item.report().isPresent()) {
                String anchor = "report-" + (++n);
                links.put(item.name(), "#" + anchor);
                reports.add(new BatchReport(anchor, item.name(), fragment(item.report().get(), locale)));
            }
        }
        model.addAttribute("summary", result.summary(links));
        model.addAttribute("reports", reports);
        offer(List.of(new ResultStore.File("zip", messages.getMessage("download.zip", null, locale), "reports.zip",
                "application/zip", zip(result, locale))), model);
    }

    /** Every report as html, json and (for workbooks) the annotated workbook, with the summary. */
    private static byte[] zip(CheckResult result, Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, String> links = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (CheckResult.Item item : result.items()) {
                if (item.report().isEmpty()) {
                    continue;
                }
                String base = baseName(item.name());
                for (int i = 2; !used.add(base); i++) {
                    base = baseName(item.name()) + "-" + i;
                }
                links.put(item.name(), base + ".html");
                for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.XLSX)) {
                    zip.putNextEntry(new ZipEntry(base + "." + f.extension()));
                    result.render(f.rendererName(), item.report().get(), locale, open(zip));
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("summary.json"));
            result.renderSummary("json", links, locale, open(zip));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("index.html"));
            result.renderSummary("html", links, locale, open(zip));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The zip's current entry, for a writer that closes what it writes to. */
    private static OutputStream open(ZipOutputStream zip) {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static String fragment(Report report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRenderer.htmlFragment().render(report, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    /** A file name safe for a download: the upload's last segment without its extension, odd characters as _. */
    static String baseName(String uploaded) {
        String n = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        int dot = n.lastIndexOf('.');
        n = dot > 0 ? n.substring(0, dot) : n;
        n = n.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return n.isBlank() || n.startsWith(".") ? "catalogue" + n : n;
    }
}
