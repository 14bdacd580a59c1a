package org.zwgk.catalogue.rules.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Entities;

/** The page shell and the one style sheet every HTML output embeds (scoped under {@code .zwgk}). */
final class HtmlPage {

    private HtmlPage() {
    }

    /** An empty HTML5 page in {@code locale}'s language, UTF-8, titled {@code title}. */
    static Document shell(Locale locale, String title) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1);
        doc.selectFirst("html").attr("lang", Lang.tag(locale));
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text(title);
        return doc;
    }

    /**
     * Colours always come with text (已有 / 缺失 …), so the grid reads in grey print and for colour-blind readers;
     * system fonts only, nothing fetched.
     */
    static final String STYLE = """
            .zwgk{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;\
            color:#1f2328;line-height:1.5;max-width:80rem;margin:0 auto;padding:1rem}
            .zwgk h1{font-size:1.5rem;margin:.5rem 0}
            .zwgk h2{font-size:1.2rem;border-bottom:2px solid #c9d1d9;padding-bottom:.2rem;margin-top:1.5rem}
            .zwgk h3{font-size:1.05rem;margin:1rem 0 .3rem}
            .zwgk h3 code{font-size:.85rem;color:#57606a;margin:0 .5rem}
            .zwgk h4{font-size:.95rem;margin:.6rem 0 .2rem}
            .zwgk table{border-collapse:collapse;width:100%;font-size:.9rem}
            .zwgk th,.zwgk td{border:1px solid #c9d1d9;padding:.3rem .45rem;vertical-align:top;text-align:left}
            .zwgk thead th{background:#f0f3f6}
            .zwgk-summary{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
            .zwgk-summary p{flex-basis:100%;margin:.2rem 0}
            .zwgk-score,.zwgk-coverage{display:flex;flex-direction:column;align-items:center;padding:.5rem 1rem;\
            border:2px solid #c9d1d9;border-radius:.5rem;min-width:7rem}
            .zwgk-score-value,.zwgk-coverage-value{font-size:2rem;font-weight:bold}
            .zwgk-good{border-color:#1a7f37;color:#1a7f37}
            .zwgk-fair{border-color:#9a6700;color:#9a6700}
            .zwgk-poor{border-color:#cf222e;color:#cf222e}
            .zwgk-counts{list-style:none;margin:0;padding:0;display:flex;gap:.75rem}
            .zwgk-counts li{padding:.2rem .6rem;border-radius:1rem;font-weight:bold}
            .zwgk-counts .zwgk-error,.zwgk-finding.zwgk-error .zwgk-severity{background:#ffebe9;color:#a40e26}
            .zwgk-counts .zwgk-warning,.zwgk-finding.zwgk-warning .zwgk-severity{background:#fff8c5;color:#7d4e00}
            .zwgk-counts .zwgk-info,.zwgk-finding.zwgk-info .zwgk-severity{background:#ddf4ff;color:#0a3069}
            .zwgk-note,.zwgk-formula{color:#57606a;font-size:.85rem}
            .zwgk-legend,.zwgk-cells{list-style:none;margin:.3rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
            .zwgk-cell{border:1px solid;border-radius:.3rem;padding:.2rem .45rem;display:flex;flex-direction:column;\
            min-width:9rem;font-size:.85rem}
            .zwgk-cell-name{font-weight:bold}
            .zwgk-present{background:#dafbe1;border-color:#1a7f37;color:#0f5323}
            .zwgk-not-applicable{background:#eaeef2;border-color:#57606a;color:#32383f}
            .zwgk-missing{background:#ffebe9;border-color:#cf222e;color:#82071e}
            .zwgk-added{background:#fbefff;border-color:#8250df;color:#512a97}
            .zwgk-not-expected,.zwgk-untranscribed{background:#ffffff;border-color:#c9d1d9;border-style:dashed;\
            color:#57606a}
            .zwgk-rule{margin-bottom:1rem}
            .zwgk-rule-count{font-weight:normal;color:#57606a}
            .zwgk-rule-description{color:#57606a;font-size:.9rem;margin:.2rem 0}
            .zwgk-parent-value{background:#f6f8fa}
            .zwgk-findings thead th,.zwgk-findings td.zwgk-severity{white-space:nowrap}
            .zwgk-findings td.zwgk-field{min-width:4.5em}
            .zwgk-provenance{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.9rem}
            .zwgk-provenance dt{font-weight:bold}
            .zwgk-provenance dd{margin:0;word-break:break-all}
            .zwgk-catalogue-table th,.zwgk-catalogue-table td{font-size:.85rem}
            .zwgk-catalogue-table thead th{text-align:center;vertical-align:middle}
            .zwgk-catalogue-table td.zwgk-channels{white-space:nowrap}
            .zwgk-catalogue-table td.zwgk-tick,.zwgk-catalogue-table td.zwgk-seq{text-align:center}
            .zwgk-box-empty{color:#57606a}
            .zwgk-box-ticked{font-weight:bold}
            @media print{@page{size:A4;margin:12mm}\
            .zwgk{max-width:none;padding:0;font-size:10pt;color:#000}\
            .zwgk *{background:#fff!important;color:#000!important;box-shadow:none!important}\
            .zwgk-cell,.zwgk-score,.zwgk-coverage,.zwgk-finding,.zwgk h2,.zwgk h3{break-inside:avoid}\
            .zwgk h2,.zwgk h3{break-after:avoid}\
            .zwgk thead{display:table-header-group}\
            .zwgk-missing{border-width:2px}.zwgk-not-applicable{border-style:dotted}\
            .zwgk-counts li{border:1px solid #000}\
            .zwgk a{text-decoration:none}.zwgk-no-print{display:none!important}}
            """;
}
