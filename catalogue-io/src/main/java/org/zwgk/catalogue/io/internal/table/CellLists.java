package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.internal.Text;

/**
 * Splits a cell that holds a list into its items: a numbered list (1. 2. …, 1、 2、 …, (1) (2) …, ① ② …,
 * recognised only when the numbers run 1, 2, 3 …), else one item per line. Each line is folded first
 * ({@link Text#fold}: full-width digits and punctuation become half-width), as the model's parsers fold what they
 * keep. Separators and stray punctuation at the ends of each item are removed.
 */
public final class CellLists {

    private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=[\\s;；。，,、:：》]))(?:(\\d{1,2})[.．、)）](?!\\d)|[(（](\\d{1,2})[)）])");
    private static final Pattern SEMICOLONS = Pattern.compile("[;；]");
    private static final Pattern STAGE = Pattern.compile("(?:^|(?<=[\\s;；。，,]))[\\p{IsHan}]{1,6}(?:环节|阶段)[:：]");
    private static final Pattern ENUMERATION = Pattern.compile("、");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private CellLists() {
    }

    /** The items of a cell: numbered items, or lines. */
    public static List<String> items(String cell) {
        String t = foldLines(cell);
        List<Integer> starts = numberedStarts(t);
        List<String> out = new ArrayList<>();
        if (starts.size() >= 2) {
            add(out, t.substring(0, starts.get(0)));
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
                add(out, stripMarker(t.substring(starts.get(i), end)));
            }
            return out;
        }
        for (String line : t.split("\\R")) {
            add(out, line);
        }
        return out;
    }

    /**
     * The elements of a 公开内容 cell: its items; a single item is further split at semicolons, at stage
     * labels (受理环节:… 决定环节:…), or at 、 when that gives three or more parts of four or more Han
     * characters each and the cell has no colon (so 查封、扣押清单 stays whole).
     */
    public static List<String> contentElements(String cell) {
        List<String> items = items(cell);
        if (items.size() != 1) {
            return items;
        }
        String only = items.get(0);
        List<String> parts = split(only, SEMICOLONS);
        if (parts.size() >= 2) {
            return parts;
        }
        parts = splitBefore(only, STAGE);
        if (parts.size() >= 2) {
            return parts;
        }
        parts = split(only, ENUMERATION);
        if (parts.size() >= 3 && only.indexOf(':') < 0 && only.indexOf('：') < 0
                && parts.stream().allMatch(p -> hanCount(p) >= 4)) {
            return parts;
        }
        return items;
    }

    /** The items of a cell; a single item is further split at 、 ; , and their full-width forms. */
    public static List<String> separated(String cell) {
        List<String> items = items(cell);
        if (items.size() != 1) {
            return items;
        }
        return split(items.get(0), Pattern.compile("[;；,，、]"));
    }

    /** Each line folded on its own (full-width digits and punctuation to half-width), line breaks kept. */
    private static String foldLines(String cell) {
        // NFKC would turn ① into a bare 1: mark circled numbers as (1) first.
        String marked = CIRCLED.matcher(cell).replaceAll(m -> " (" + (m.group().charAt(0) - '①' + 1) + ")");
        return String.join("\n", marked.lines().map(Text::fold).toList()).strip();
    }

    private static List<Integer> numberedStarts(String t) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = MARKER.matcher(t);
        int expected = 1;
        while (m.find()) {
            int n = number(m);
            if (n == expected) {
                starts.add(m.start());
                expected++;
            }
        }
        return starts;
    }

    private static int number(Matcher m) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static String stripMarker(String item) {
        Matcher m = MARKER.matcher(item);
        return m.lookingAt() ? item.substring(m.end()) : item;
    }

    private static List<String> split(String text, Pattern separator) {
        List<String> out = new ArrayList<>();
        for (String p : separator.split(text)) {
            add(out, p);
        }
        return out;
    }

    private static List<String> splitBefore(String text, Pattern start) {
        List<String> out = new ArrayList<>();
        Matcher m = start.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                add(out, text.substring(from, m.start()));
            }
            from = m.start();
        }
        add(out, text.substring(from));
        return out;
    }

    private static long hanCount(String s) {
        return HAN.matcher(s).results().count();
    }

    private static void add(List<String> out, String item) {
        String t = CellText.stripStray(CellText.clean(item));
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
