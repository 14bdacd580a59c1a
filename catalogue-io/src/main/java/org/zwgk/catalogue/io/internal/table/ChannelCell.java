package org.zwgk.catalogue.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.Channel;

/**
 * Reads a 公开渠道和载体 cell in any of its printed forms: a ■/□ box list (the full 13-box list or a shortened
 * one; only ■ boxes are channels, and a legend such as “■”表示必选项 is ignored), a numbered list
 * (1.政府网站 2.两微一端 …), or free text (政府网站;微信公众号、公示栏等). Each channel is read with
 * {@link Channel#parse}, so variants map to their option and other text is kept under 其他.
 */
public final class ChannelCell {

    private static final String TICKED = "■☑▣✔√✓";
    private static final String UNTICKED = "□☐";
    private static final Pattern LEGEND = Pattern.compile(
            "[\"“”'‘’]?[" + TICKED + UNTICKED + "][\"“”'‘’]?\\s*(?:表示|为|代表|是)[^" + TICKED + UNTICKED + "\"“”]*");
    private static final Pattern BOX = Pattern.compile("([" + TICKED + UNTICKED + "])([^" + TICKED + UNTICKED + "]*)");
    private static final Pattern TRAILING_ETC = Pattern.compile("等$");

    private ChannelCell() {
    }

    /** The channels the cell names, in printed order. */
    public static List<Channel> parse(String cell) {
        String text = LEGEND.matcher(cell).replaceAll(" ");
        List<Channel> out = new ArrayList<>();
        if (text.chars().anyMatch(ch -> TICKED.indexOf(ch) >= 0 || UNTICKED.indexOf(ch) >= 0)) {
            Matcher m = BOX.matcher(text);
            while (m.find()) {
                if (TICKED.indexOf(m.group(1).charAt(0)) >= 0) {
                    add(out, m.group(2));
                }
            }
            return out;
        }
        for (String item : CellLists.separated(text)) {
            add(out, TRAILING_ETC.matcher(item).replaceFirst(""));
        }
        return out;
    }

    private static void add(List<Channel> out, String label) {
        String t = CellText.stripStray(CellText.clean(label));
        if (!t.isEmpty()) {
            out.add(Channel.parse(t));
        }
    }
}
