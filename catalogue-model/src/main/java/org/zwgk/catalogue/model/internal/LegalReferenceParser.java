package org.zwgk.catalogue.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.LegalReference;

/** Splits 公开依据 cells into {@link LegalReference}s. */
public final class LegalReferenceParser {

    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\p{IsHan}]{1,12}〔\\d{4}〕\\d+号"
                    + "|(?:国务院令|国令|主席令|[\\p{IsHan}]{0,10}部令|[\\p{IsHan}]{0,10}局令)第[\\d零〇一二三四五六七八九十百]+号");
    private static final Pattern ARTICLE = Pattern.compile("第[\\d零〇一二三四五六七八九十百千]+条(?:第[\\d零〇一二三四五六七八九十]+款)?(?:第[\\d零〇一二三四五六七八九十]+项)?");
    private static final Pattern VERSION = Pattern.compile("\\d{4}年(?:第[一二三四五六七八九十\\d]+次)?(?:修订|修正|修改|制定|印发)?(?:版)?");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:\\d+[.、)]|\\(\\d+\\)|[①-⑳]|[一二三四五六七八九十]+、)");
    private static final Pattern SEPARATORS = Pattern.compile("[、,;，；\\n\\r]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LegalReferenceParser() {
    }

    /** Parses a whole cell. */
    public static List<LegalReference> parseAll(String cell) {
        String t = foldLines(cell);
        List<LegalReference> out = new ArrayList<>();
        if (t.indexOf('《') >= 0) {
            parseBracketed(t, out);
        } else {
            for (String piece : SEPARATORS.split(t)) {
                reference(piece, piece).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** Each 《…》 with the qualifiers that follow it up to the next 《 is one citation. */
    private static void parseBracketed(String t, List<LegalReference> out) {
        int i = 0;
        // Text before the first 《 may itself hold unbracketed citations.
        int first = t.indexOf('《');
        for (String piece : SEPARATORS.split(t.substring(0, first))) {
            reference(piece, piece).ifPresent(out::add);
        }
        i = first;
        while (i >= 0 && i < t.length()) {
            int close = t.indexOf('》', i);
            int next = t.indexOf('《', i + 1);
            if (close < 0 || (next >= 0 && next < close)) {
                // An unclosed 《: the title runs to the next separator or 《.
                int end = next >= 0 ? next : t.length();
                String raw = t.substring(i, end);
                reference(raw.substring(1), raw).ifPresent(out::add);
                i = next;
                continue;
            }
            String title = t.substring(i + 1, close);
            int end = next >= 0 ? next : t.length();
            String qualifiers = t.substring(close + 1, end);
            String raw = t.substring(i, end).replaceAll("[、,;，；\\s]+$", "");
            out.add(build(title, qualifiers, raw));
            i = next;
        }
    }

    private static Optional<LegalReference> reference(String piece, String raw) {
        String p = LIST_MARK.matcher(piece.trim()).replaceFirst("").trim();
        p = p.replaceAll("^[《\"']+|[》\"'.。]+$", "");
        if (p.isEmpty() || !p.matches(".*\\p{IsHan}.*")) {
            return Optional.empty();
        }
        // Qualifiers in parentheses after the title: (2018年修正), (国令第711号).
        int paren = p.indexOf('(');
        String title = paren > 0 ? p.substring(0, paren) : p;
        String qualifiers = paren > 0 ? p.substring(paren) : "";
        Matcher article = ARTICLE.matcher(title);
        if (article.find() && article.start() > 0) {
            qualifiers = title.substring(article.start()) + qualifiers;
            title = title.substring(0, article.start());
        }
        return Optional.of(build(title, qualifiers, raw.trim()));
    }

    private static LegalReference build(String rawTitle, String qualifiers, String raw) {
        String title = SPACES.matcher(rawTitle).replaceAll("");
        Optional<String> number = first(DOC_NUMBER, qualifiers).map(s -> SPACES.matcher(s).replaceAll(""));
        String rest = number.map(n -> qualifiers.replace(n, "")).orElse(qualifiers);
        Optional<String> article = first(ARTICLE, rest);
        Optional<String> version = first(VERSION, rest);
        // A number written inside the title, e.g. 《排污许可管理办法(试行)》 keeps (试行) as part of the title.
        return new LegalReference(title, number, article, version, raw.trim());
    }

    private static Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Folds each line on its own, so that line breaks survive as separators. */
    private static String foldLines(String cell) {
        StringBuilder sb = new StringBuilder();
        for (String line : cell.split("\\R")) {
            String f = Text.fold(line).replace('[', '〔').replace(']', '〕');
            if (!f.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(f);
            }
        }
        return sb.toString();
    }
}
