package org.zwgk.catalogue.rules.internal.render;

import static org.zwgk.catalogue.rules.internal.render.Lang.t;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.Item;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.NotApplicable;

/**
 * A catalogue as the standard table the guideline prints, for a 政务公开 column: 序号, 一级事项 (one cell per area,
 * spanning its rows), 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体 (every printed option, ■ where
 * chosen, □ where not, free text after 其他), 公开对象 and 公开方式 (√ in their columns), 公开层级 where the
 * catalogue has it. A field the source did not state shows —. Built as a jsoup document, so all text is escaped.
 */
public final class CatalogueHtmlWriter {

    private static final String ABSENT = "—";

    private CatalogueHtmlWriter() {
    }

    /** The style sheet every table and report uses, scoped to {@code .zwgk}. */
    public static String style() {
        return HtmlPage.STYLE;
    }

    public static void write(Catalogue c, Locale locale, boolean fragment, OutputStream out) throws IOException {
        write(c, locale, fragment, true, out);
    }

    /** The page or fragment; a fragment {@code withStyle == false} leaves the style to the page holding it. */
    public static void write(Catalogue c, Locale locale, boolean fragment, boolean withStyle, OutputStream out)
            throws IOException {
        Document doc = HtmlPage.shell(locale, c.title());
        Element container = fragment ? new Element("div").addClass("zwgk") : doc.body().addClass("zwgk");
        if (withStyle || !fragment) {
            (fragment ? container : doc.head()).appendElement("style").appendChild(new DataNode(HtmlPage.STYLE));
        }
        Element section = container.appendElement("section").addClass("zwgk-catalogue")
                .attr("data-edition", c.editionId());
        section.appendElement("h1").text(c.title());
        List<String> meta = new ArrayList<>();
        c.issuer().ifPresent(meta::add);
        c.documentNumber().ifPresent(meta::add);
        c.issuedOn().ifPresent(d -> meta.add(d.toString()));
        if (!meta.isEmpty()) {
            section.appendElement("p").addClass("zwgk-catalogue-meta").text(String.join(" · ", meta));
        }
        c.declaredShape().filter(s -> s.categories() > c.categoryCount()).ifPresent(s -> section.appendElement("p")
                .addClass("zwgk-note").text(t(locale, "catalogue.partial", s.categories(), c.categoryCount(),
                        s.categories() - c.categoryCount())));
        table(section, c, locale);
        if (!c.notApplicable().isEmpty()) {
            section.appendElement("h2").text(t(locale, "catalogue.not-applicable"));
            Element ul = section.appendElement("ul").addClass("zwgk-not-applicable-list");
            for (NotApplicable na : c.notApplicable()) {
                ul.appendElement("li").text(na.code().map(code -> code + " ").orElse("") + na.category()
                        + na.reason().map(r -> "：" + r).orElse(""));
            }
        }
        section.appendElement("p").addClass("zwgk-note").text(t(locale, "catalogue.legend", ABSENT));
        String html = fragment ? container.outerHtml() : doc.outerHtml();
        out.write((html + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void table(Element section, Catalogue c, Locale locale) {
        Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
        c.categories().forEach(cat -> levels.addAll(cat.levels()));
        Element table = section.appendElement("table").addClass("zwgk-catalogue-table");
        Element thead = table.appendElement("thead");
        Element h1 = thead.appendElement("tr");
        Element h2 = thead.appendElement("tr");
        th(h1, t(locale, "catalogue.col.seq")).attr("rowspan", "2");
        th(h1, t(locale, "catalogue.col.item")).attr("colspan", "2");
        th(h2, t(locale, "catalogue.col.area"));
        th(h2, t(locale, "catalogue.col.category"));
        for (String key : List.of("content", "legal-basis", "deadline", "owner", "channels")) {
            th(h1, t(locale, "catalogue.col." + key)).attr("rowspan", "2");
        }
        th(h1, t(locale, "catalogue.col.audience")).attr("colspan", "2");
        for (Audience a : Audience.values()) {
            th(h2, a.label());
        }
        th(h1, t(locale, "catalogue.col.mode")).attr("colspan", "2");
        for (DisclosureMode m : DisclosureMode.values()) {
            th(h2, m.label());
        }
        if (!levels.isEmpty()) {
            th(h1, t(locale, "catalogue.col.levels")).attr("colspan", Integer.toString(levels.size()));
            levels.forEach(l -> th(h2, l.label()));
        }
        Element tbody = table.appendElement("tbody");
        int seq = 1;
        for (Area area : c.areas()) {
            boolean first = true;
            for (Category cat : area.categories()) {
                Element tr = tbody.appendElement("tr").addClass("zwgk-category-row");
                cat.code().ifPresent(code -> tr.attr("data-code", code));
                tr.appendElement("td").addClass("zwgk-seq").text(Integer.toString(seq++));
                if (first) {
                    tr.appendElement("th").attr("scope", "rowgroup").addClass("zwgk-area")
                            .attr("rowspan", Integer.toString(area.categories().size())).text(area.name());
                    first = false;
                }
                tr.appendElement("th").attr("scope", "row").addClass("zwgk-category-name").text(cat.name());
                lines(tr.appendElement("td").addClass("zwgk-content"), content(cat));
                lines(tr.appendElement("td").addClass("zwgk-legal"),
                        cat.legalBasis().stream().map(LegalReference::printed).toList());
                tr.appendElement("td").addClass("zwgk-deadline").text(cat.deadline().map(d -> d.text()).orElse(ABSENT));
                tr.appendElement("td").addClass("zwgk-owner").text(cat.owner().orElse(ABSENT));
                channels(tr.appendElement("td").addClass("zwgk-channels"), cat.channels());
                for (Audience a : Audience.values()) {
                    tick(tr, cat.audience().isEmpty(), cat.audience().contains(a));
                }
                for (DisclosureMode m : DisclosureMode.values()) {
                    tick(tr, cat.mode().isEmpty(), cat.mode().contains(m));
                }
                for (AdministrativeLevel l : levels) {
                    tick(tr, cat.levels().isEmpty(), cat.levels().contains(l));
                }
            }
        }
    }

    private static Element th(Element row, String text) {
        return row.appendElement("th").attr("scope", "col").text(text);
    }

    private static List<String> content(Category cat) {
        List<String> lines = new ArrayList<>();
        cat.content().stream().map(ContentElement::printed).forEach(lines::add);
        for (Item item : cat.items()) {
            lines.add(item.name() + (item.content().isEmpty() ? ""
                    : "：" + String.join("；", item.content().stream().map(ContentElement::printed).toList())));
        }
        return lines;
    }

    private static void lines(Element cell, List<String> lines) {
        if (lines.isEmpty()) {
            cell.text(ABSENT);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                cell.appendElement("br");
            }
            cell.appendText(lines.get(i));
        }
    }

    /** Every printed option, ■ where the category has it and □ where not; free text follows 其他. */
    private static void channels(Element cell, List<Channel> channels) {
        if (channels.isEmpty()) {
            cell.text(ABSENT);
            return;
        }
        boolean firstLine = true;
        for (ChannelOption option : ChannelOption.values()) {
            List<Channel> chosen = channels.stream().filter(ch -> ch.option() == option).toList();
            if (!firstLine) {
                cell.appendElement("br");
            }
            firstLine = false;
            String free = option == ChannelOption.OTHER ? String.join("、", chosen.stream()
                    .filter(Channel::isFreeText).map(Channel::label).toList()) : "";
            Element span = cell.appendElement("span").addClass(chosen.isEmpty() ? "zwgk-box-empty" : "zwgk-box-ticked")
                    .text((chosen.isEmpty() ? "□" : "■") + option.label() + (free.isEmpty() ? "" : "：" + free));
            if (!chosen.isEmpty()) {
                span.attr("data-channel", option.name());
            }
        }
    }

    private static void tick(Element tr, boolean absent, boolean ticked) {
        tr.appendElement("td").addClass("zwgk-tick").text(absent ? ABSENT : ticked ? "√" : "");
    }
}
