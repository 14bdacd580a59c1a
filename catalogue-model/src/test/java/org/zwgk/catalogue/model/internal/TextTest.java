package org.zwgk.catalogue.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Folding gives exactly what NFKC, the bracket and quote variants and the white-space expression give, on realistic cells and on
 * 50,000 seeded strings mixing Han, full-width forms, every kind of white space, brackets and quotes, control
 * characters and supplementary characters.
 */
class TextTest {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u3000]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}]+");

    private static String foldByRegex(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('【', '〔').replace('】', '〕').replace('〈', '《').replace('〉', '》')
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
        return SPACES.matcher(t).replaceAll(" ").trim();
    }

    private static final String ALPHABET = "生态环境部门行政许可处罚決定書（）()《》〈〉【】“”‘’\"' \t\n\r\u000b\f\u00a0\u3000"
            + "ＡＢＣａｂｃ１２３abcXYZ019、，；：。,.;:!！?？-—_/\\·•①②ⅠⅡ\u0001\u001f\u00ad\u200b\ufeff"
            + "「」『』〔〕～｛｝\u0301\u0308\u1100\u1161";

    @Test
    void realisticCellsFoldAsBefore() {
        for (String cell : new String[] {"  行政处罚决定书（含罚款金额）\n", "《中华人民共和国 政府信息公开条例》（国令第711号）",
                "【 环评 】 审批\u3000结果", "“两微一端”\t", "ＡＢＣ１２３", "", "   ", "①20个工作日", "生態環境"}) {
            assertThat(Text.fold(cell)).as(cell).isEqualTo(foldByRegex(cell));
            assertThat(Text.compact(cell)).as(cell).isEqualTo(SPACES.matcher(foldByRegex(cell)).replaceAll(""));
            assertThat(Text.matchKey(cell)).as(cell).isEqualTo(NOT_WORD.matcher(foldByRegex(cell)).replaceAll(""));
        }
    }

    @Test
    void seededStringsFoldAsBefore() {
        SplittableRandom random = new SplittableRandom(20190805);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(20);
                if (pick == 0) {
                    s.appendCodePoint(0x20000 + random.nextInt(0x100)); // CJK extension B
                } else if (pick == 1) {
                    s.append((char) random.nextInt(0xD800));
                } else {
                    s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String text = s.toString();
            String folded = foldByRegex(text);
            assertThat(Text.fold(text)).as("fold %s", text.codePoints().toArray()).isEqualTo(folded);
            assertThat(Text.compact(text)).isEqualTo(SPACES.matcher(folded).replaceAll(""));
            assertThat(Text.matchKey(text)).isEqualTo(NOT_WORD.matcher(folded).replaceAll(""));
        }
    }

    @Test
    void matchKeyKeepsWhatTheRegularExpressionKeptOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = "a" + new String(Character.toChars(c)) + "一";
            assertThat(Text.matchKey(one)).as("U+%04X", c).isEqualTo(NOT_WORD.matcher(Text.fold(one)).replaceAll(""));
        }
    }

    @Test
    void nullIsEmpty() {
        assertThat(Text.fold(null)).isEmpty();
        assertThat(Text.matchKey(null)).isEmpty();
    }

    @Test
    void blankIsExactlyWhatFoldsToNothingForEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            assertThat(Text.isBlank(one)).as("U+%04X", c).isEqualTo(Text.fold(one).isEmpty());
            assertThat(Text.isBlank(" " + one + "\u3000")).as("U+%04X in spaces", c)
                    .isEqualTo(Text.fold(" " + one + "\u3000").isEmpty());
        }
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank("\u00a0\u2007\u202f\t\n")).isTrue();
        assertThat(Text.isBlank("\u200b")).isFalse();
    }
}
