package org.zwgk.catalogue.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The packed bigrams of {@link Names.Key} give the Sørensen–Dice coefficient of the keys' two-character substrings,
 * as the set intersection they replaced did: on realistic names and on 50,000 seeded pairs with repeated
 * characters, one-character keys, empty keys and supplementary characters.
 */
class NamesTest {

    private static Set<String> bigramsBySubstring(String key) {
        Set<String> grams = new HashSet<>();
        if (key.length() == 1) {
            grams.add(key);
        }
        for (int i = 0; i + 1 < key.length(); i++) {
            grams.add(key.substring(i, i + 2));
        }
        return grams;
    }

    private static double diceBySets(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        Set<String> x = bigramsBySubstring(a);
        Set<String> y = bigramsBySubstring(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    @Test
    void realisticNamesScoreAsTheSetsDid() {
        String[][] pairs = {{"行政处罚决定", "行政处罚决定信息"}, {"建设项目环境影响评价文件审批", "建设项目环评审批"},
                {"环境监测信息", "环境质量信息"}, {"排污许可", "排污许可证核发"}, {"啊", "啊啊"}, {"啊", "啊"}, {"", "排污"}};
        for (String[] p : pairs) {
            String a = Names.key(p[0]);
            String b = Names.key(p[1]);
            assertThat(Names.similarity(p[0], p[1])).as("%s ~ %s", p[0], p[1]).isCloseTo(diceBySets(a, b),
                    within(1e-12));
        }
        assertThat(Names.similarity("行政处罚决定", "行政处罚决定信息")).isGreaterThanOrEqualTo(Names.THRESHOLD);
    }

    @Test
    void seededKeysScoreAsTheSetsDid() {
        SplittableRandom random = new SplittableRandom(20190805);
        String alphabet = "环境影响评价审批许可处罚ab1";
        for (int n = 0; n < 50_000; n++) {
            String a = key(random, alphabet);
            String b = random.nextInt(4) == 0 ? a : key(random, alphabet);
            assertThat(Names.keyOf(a).similarity(Names.keyOf(b))).as("%s ~ %s", a, b)
                    .isCloseTo(diceBySets(Names.key(a), Names.key(b)), within(1e-12));
        }
    }

    private static String key(SplittableRandom random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(25) == 0) {
                s.appendCodePoint(0x20000 + random.nextInt(4)); // CJK extension B: a surrogate pair
            } else {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return s.toString();
    }
}
