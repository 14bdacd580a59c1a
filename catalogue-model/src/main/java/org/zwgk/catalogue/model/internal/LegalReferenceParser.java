package org.zwgk.catalogue.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.LegalReference;

/**
 * Splits 公开依据 cells into {@link LegalReference}s.
 *
 * <p>A cell is first cut into segments at the separators 、，；。 and line breaks, never inside 《》 or inside
 * parentheses. A segment holds one or more citations: {@code 《title》} followed by its qualifiers (document
 * number, version, article), or an unbracketed title with the same qualifiers. Around a bracketed title:
 * <ul>
 *   <li>a version word before it (新《环境保护法》) is its version hint, not a citation of its own;</li>
 *   <li>a lead-in word before it (依据《…》) and a connective between two titles (《A》和《B》) are dropped;</li>
 *   <li>the qualifiers after it run to the end of the segment or to the next 《 — an unbracketed title on the
 *       next line is a new segment and so a new citation.</li>
 * </ul>
 * A segment that is only a document number (国令第711号) is a citation by number, with no title. A segment that
 * is only qualifiers (《…》第五条、第六条) belongs to the citation before it. The text of each citation is the part
 * of the (width-folded) cell it was read from, so that parsing that text again gives the same citation.
 */
public final class LegalReferenceParser {

    /** A Han character that is not part of a date, so that 2019年4月3日国务院令 does not start a number at 日. */
    private static final String HAN = "(?:(?![年月日])\\p{IsHan})";
    private static final Pattern DOC_NUMBER = Pattern.compile(
            HAN + "{1,12}〔\\d{4}〕\\d+号"
                    + "|(?:国务院令|国令|主席令|" + HAN + "{0,10}(?:部|局|委|委员会|署)令)第[\\d零〇一二三四五六七八九十百]+号");
    private static final Pattern ARTICLE = Pattern.compile(
            "第[\\d零〇一二三四五六七八九十百千]+条(?:第[\\d零〇一二三四五六七八九十]+款)?(?:第[\\d零〇一二三四五六七八九十]+项)?");
    private static final Pattern VERSION = Pattern.compile(
            "\\d{4}年(?:第[一二三四五六七八九十\\d]+次)?(?:修订|修正|修改|制定|印发)?(?:版)?");
    /** 新《环境保护法》, 新修订的《…》, 修订后的《…》, 现行《…》: a hint at the version, kept with the citation. */
    private static final Pattern VERSION_WORD = Pattern.compile("(?:新修订的|新修订|修订后的|现行|新)$");
    /** 依据《…》: words that introduce a citation and are not part of it. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:依据|根据|按照|依照|参照|遵照|详见|见)[:]?$");
    /** Between two bracketed titles: connectives and a list number, which belong to neither. */
    private static final Pattern BETWEEN = Pattern.compile("(?:和|及|以及|与|或者|或|/|\\d{1,2}[.)])+$");
    private static final Pattern LIST_MARK = Pattern.compile(
            "^(?:\\d{1,2}[.、)]|\\([\\d一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、)");
    /** What may come before an unbracketed title and is not part of it. */
    private static final Pattern LEADING_JUNK = Pattern.compile(
            "[\\s\"'.]+|\\d{1,2}[.、)]|\\([\\d一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]{1,3}、");
    /** A piece that is only a list number (一、 is cut at the 、 and leaves 一). */
    private static final Pattern LIST_NUMBER_ONLY = Pattern.compile("^(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[.)]?$");
    private static final Pattern PAREN = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]*)\\)$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}年");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\"'.]+|[\\s\"'.。、,;/]+$");
    private static final String SEPARATORS = "、,;。\n\r";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private LegalReferenceParser() {
    }

    /** Parses a whole cell. */
    public static List<LegalReference> parseAll(String cell) {
        String t = foldLines(cell);
        List<Draft> drafts = new ArrayList<>();
        for (int[] segment : segments(t)) {
            readSegment(t, segment[0], segment[1], drafts);
        }
        List<LegalReference> out = new ArrayList<>();
        for (Draft d : drafts) {
            d.build(t).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** A citation being read: where its text is in the cell, its title, qualifiers and version word. */
    private static final class Draft {
        int start;
        int end;
        final String title;
        final StringBuilder qualifiers = new StringBuilder();
        final Optional<String> versionWord;

        Draft(int start, int end, String title, String qualifiers, Optional<String> versionWord) {
            this.start = start;
            this.end = end;
            this.title = SPACES.matcher(title).replaceAll("");
            this.qualifiers.append(qualifiers);
            this.versionWord = versionWord;
        }

        Optional<LegalReference> build(String t) {
            String q = qualifiers.toString();
            Optional<String> number = first(DOC_NUMBER, q).map(s -> SPACES.matcher(s).replaceAll(""));
            String rest = number.map(n -> q.replace(n, "")).orElse(q);
            Optional<String> article = first(ARTICLE, rest);
            Optional<String> version = versionWord.or(() -> first(VERSION, rest));
            if (title.isEmpty() && number.isEmpty()) {
                return Optional.empty();
            }
            String raw = EDGE_PUNCTUATION.matcher(t.substring(start, end)).replaceAll("");
            return Optional.of(new LegalReference(title, number, article, version, raw));
        }
    }

    // ---- segments -----------------------------------------------------------------------------------------

    /** [start, end) of each segment: cut at separators outside 《》 pairs and outside parentheses. */
    private static List<int[]> segments(String t) {
        boolean[] protectedChar = new boolean[t.length()];
        for (int[] pair : bookPairs(t, 0, t.length())) {
            for (int i = pair[0]; i <= pair[1]; i++) {
                protectedChar[i] = true;
            }
        }
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (protectedChar[i]) {
                continue;
            }
            if (t.charAt(i) == '(') {
                open.add(i);
            } else if (t.charAt(i) == ')' && !open.isEmpty()) {
                int from = open.remove(open.size() - 1);
                for (int j = from; j <= i; j++) {
                    protectedChar[j] = true;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || (!protectedChar[i] && SEPARATORS.indexOf(t.charAt(i)) >= 0)) {
                if (i > from) {
                    out.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** The 《…》 pairs in [from, to): a 《 counts only if its 》 comes before the next 《 and 《》 is not empty. */
    private static List<int[]> bookPairs(String t, int from, int to) {
        List<int[]> pairs = new ArrayList<>();
        int i = t.indexOf('《', from);
        while (i >= 0 && i < to) {
            int close = t.indexOf('》', i);
            int next = t.indexOf('《', i + 1);
            if (close >= 0 && close < to && (next < 0 || close < next) && !t.substring(i + 1, close).isBlank()) {
                pairs.add(new int[] {i, close});
                i = next;
            } else {
                i = next;
            }
        }
        return pairs;
    }

    private static void readSegment(String t, int from, int to, List<Draft> drafts) {
        List<int[]> pairs = bookPairs(t, from, to);
        if (pairs.isEmpty()) {
            readUnbracketed(t, from, to, drafts);
            return;
        }
        // Before the first title: a list mark, a version word, a lead-in word, or an unbracketed citation.
        int firstOpen = pairs.get(0)[0];
        String before = t.substring(from, firstOpen);
        String stripped = LIST_MARK.matcher(before.strip()).replaceFirst("").strip();
        Optional<String> versionWord = Optional.empty();
        int start = firstOpen;
        Matcher word = VERSION_WORD.matcher(stripped);
        if (word.find()) {
            versionWord = Optional.of(word.group());
            stripped = stripped.substring(0, word.start()).strip();
            start = firstOpen - word.group().length();
        }
        if (!stripped.isEmpty() && !LEAD_IN.matcher(stripped).matches()) {
            int at = t.indexOf(stripped, from);
            readUnbracketed(t, at, at + stripped.length(), drafts);
        }
        for (int k = 0; k < pairs.size(); k++) {
            int open = pairs.get(k)[0];
            int close = pairs.get(k)[1];
            int tailEnd = k + 1 < pairs.size() ? pairs.get(k + 1)[0] : to;
            Optional<String> nextWord = Optional.empty();
            if (k + 1 < pairs.size()) {
                // Between two titles: this one's qualifiers, then connectives, then the next one's version word.
                String between = t.substring(close + 1, tailEnd);
                Matcher next = VERSION_WORD.matcher(between);
                if (next.find()) {
                    nextWord = Optional.of(next.group());
                    tailEnd -= next.group().length();
                }
                Matcher connective = BETWEEN.matcher(t.substring(close + 1, tailEnd));
                if (connective.find()) {
                    tailEnd = close + 1 + connective.start();
                }
            }
            String title = t.substring(open + 1, close);
            drafts.add(new Draft(start, tailEnd, title, t.substring(close + 1, tailEnd), versionWord));
            versionWord = nextWord;
            if (k + 1 < pairs.size()) {
                start = pairs.get(k + 1)[0] - nextWord.map(String::length).orElse(0);
            }
        }
    }

    /** A segment without a 《…》 pair: a title (perhaps after an unclosed 《), a bare number, or qualifiers only. */
    private static void readUnbracketed(String t, int from, int to, List<Draft> drafts) {
        String piece = t.substring(from, to);
        // Peel white space, quotes and list marks in any order (“1.环境保护法), so that the text kept for the
        // citation starts where its title starts and reads back to the same citation.
        int lead = 0;
        while (lead < piece.length()) {
            Matcher junk = LEADING_JUNK.matcher(piece).region(lead, piece.length());
            if (!junk.lookingAt() || junk.end() == lead) {
                break;
            }
            lead = junk.end();
        }
        String p = piece.substring(lead).replace("《", "").replace("》", "");
        p = EDGE_PUNCTUATION.matcher(p).replaceAll("");
        if (p.isEmpty() || LIST_NUMBER_ONLY.matcher(p).matches() || !p.matches("(?s).*\\p{IsHan}.*")) {
            return;
        }
        int start = from + lead;
        boolean parenthesized = p.startsWith("(") && p.endsWith(")");
        if (isQualifiersOnly(p) && !drafts.isEmpty() && (parenthesized || !startsWithNumber(p))) {
            // 《…》第五条、第六条 or 《…》\n(国令第711号): more about the citation before.
            Draft previous = drafts.get(drafts.size() - 1);
            previous.qualifiers.append(' ').append(p);
            previous.end = to;
            return;
        }
        if (startsWithNumber(parenthesized ? p.substring(1, p.length() - 1) : p)) {
            // 国令第711号 on its own: a citation by number, with no title.
            drafts.add(new Draft(start, to, "", p, Optional.empty()));
            return;
        }
        if (isQualifiersOnly(p)) {
            return;
        }
        // Trailing (…) holding a year or a number are qualifiers; (试行) and the like belong to the title.
        String title = p;
        StringBuilder qualifiers = new StringBuilder();
        while (true) {
            Matcher paren = TRAILING_PAREN.matcher(title);
            if (!paren.find() || paren.start() == 0 || !isQualifier(paren.group(1))) {
                break;
            }
            qualifiers.insert(0, paren.group());
            title = title.substring(0, paren.start()).strip();
        }
        Matcher article = ARTICLE.matcher(title);
        if (article.find() && article.start() > 0) {
            qualifiers.insert(0, title.substring(article.start()));
            title = title.substring(0, article.start());
        }
        drafts.add(new Draft(start, to, title, qualifiers.toString(), Optional.empty()));
    }

    private static boolean isQualifier(String inner) {
        return DOC_NUMBER.matcher(inner).find() || YEAR.matcher(inner).find();
    }

    /** True when nothing but an article, a version or parenthesized qualifiers is left: 第六条, (2018年修正). */
    private static boolean isQualifiersOnly(String p) {
        String rest = p;
        Matcher paren;
        while ((paren = PAREN.matcher(rest)).find() && isQualifier(paren.group(1))) {
            rest = rest.substring(0, paren.start()) + rest.substring(paren.end());
        }
        rest = ARTICLE.matcher(rest).replaceAll("");
        rest = VERSION.matcher(rest).replaceAll("");
        return !rest.matches("(?s).*\\p{IsHan}.*");
    }

    /** 国令第711号, possibly followed by qualifiers only (国令第711号第二十六条). */
    private static boolean startsWithNumber(String p) {
        Matcher m = DOC_NUMBER.matcher(p);
        return m.lookingAt() && isQualifiersOnly(p.substring(m.end()));
    }

    private static Optional<String> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Folds each line on its own, so that line breaks survive as separators; ① becomes 1. (a list mark). */
    private static String foldLines(String cell) {
        StringBuilder circled = new StringBuilder();
        for (char c : cell.toCharArray()) {
            int n = CIRCLED.indexOf(c);
            circled.append(n >= 0 ? (n + 1) + "." : String.valueOf(c));
        }
        StringBuilder sb = new StringBuilder();
        for (String line : circled.toString().split("\\R")) {
            String f = Text.fold(line).replace('[', '〔').replace(']', '〕');
            if (!f.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(f);
            }
        }
        return sb.toString();
    }
}
