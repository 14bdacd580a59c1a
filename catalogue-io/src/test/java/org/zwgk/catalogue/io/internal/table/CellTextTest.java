package org.zwgk.catalogue.io.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * CellText's fast paths give exactly what its regular expressions give: on realistic cells and on 50,000 seeded
 * strings of Han, Latin, every kind of white space and line break, and the stray punctuation it strips.
 */
class CellTextTest {

    private static final Pattern HAN_BREAK = Pattern.compile("(?<=\\p{IsHan})[ \\t]*\\R\\s*(?=\\p{IsHan})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern STRAY_START = Pattern.compile("^[\\s,，.。、;；:：!！?？·•*＊#＃_\\-—]+");
    private static final Pattern STRAY_END = Pattern.compile("[\\s,，.。、;；:：!！?？·•*＊#＃_\\-—]+$");

    private static String cleanByRegex(String raw) {
        String t = raw.replace('\u00a0', ' ').replace('\u3000', ' ');
        t = HAN_BREAK.matcher(t).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String stripByRegex(String text) {
        return STRAY_END.matcher(STRAY_START.matcher(text).replaceFirst("")).replaceFirst("");
    }

    private static final String ALPHABET = "生态环境行政许可 处罚ab1 \t\n\r\u000b\f\u0085\u2028\u2029\u00a0\u3000\u2003"
            + "\u001f\u0000,，.。、;；:：!！?？·•*＊#＃_-—■□√";

    @Test
    void realisticCellsAsBefore() {
        for (String cell : new String[] {" 行政许可 ", "环境影响评价\n文件审批", "1.政府网站\n2.两微一端", "■政府网站 □政府公报",
                "、行政处罚；", "\u3000\u3000", "", " \u00a0\n", "√", "公开内容\r\n（要素）", "a  b"}) {
            assertThat(CellText.clean(cell)).as(cell).isEqualTo(cleanByRegex(cell));
            assertThat(CellText.isBlank(cell)).as(cell).isEqualTo(cleanByRegex(cell).isEmpty());
            assertThat(CellText.name(cell)).as(cell).isEqualTo(stripByRegex(cleanByRegex(cell)));
        }
    }

    @Test
    void seededStringsAsBefore() {
        SplittableRandom random = new SplittableRandom(20190805);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String raw = s.toString();
            String cleaned = cleanByRegex(raw);
            assertThat(CellText.clean(raw)).as("clean %s", java.util.Arrays.toString(raw.chars().toArray())).isEqualTo(cleaned);
            assertThat(CellText.isBlank(raw)).as("blank %s", java.util.Arrays.toString(raw.chars().toArray())).isEqualTo(cleaned.isEmpty());
            assertThat(CellText.stripStray(raw)).as("strip %s", java.util.Arrays.toString(raw.chars().toArray())).isEqualTo(stripByRegex(raw));
        }
    }
}
