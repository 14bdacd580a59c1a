package org.zwgk.catalogue.io.internal.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written cell-reference reader agrees with the grammar it implements, on known and seeded references. */
class CellReferenceTest {

    private static final Pattern GRAMMAR = Pattern.compile("([A-Za-z]{1,7})([0-9]{1,9})");

    private static int[] byGrammar(String ref) {
        Matcher m = GRAMMAR.matcher(ref.replace("$", ""));
        if (!m.matches()) {
            return null;
        }
        int column = 0;
        for (char ch : m.group(1).toUpperCase(Locale.ROOT).toCharArray()) {
            column = column * 26 + (ch - 'A' + 1);
        }
        return new int[] {Integer.parseInt(m.group(2)) - 1, column - 1};
    }

    @Test
    void knownReferences() {
        assertThat(CellReference.reference("A1")).containsExactly(0, 0);
        assertThat(CellReference.reference("$AB$12")).containsExactly(11, 27);
        assertThat(CellReference.reference("xfd1048576")).containsExactly(1_048_575, 16_383);
        for (String bad : new String[] {"", "1A", "A", "12", "A1B", "ABCDEFGH1", "A1234567890", "A-1", "Ａ1"}) {
            assertThat(CellReference.reference(bad)).as(bad).isNull();
        }
    }

    @Test
    void seededReferencesAgreeWithTheGrammar() {
        SplittableRandom random = new SplittableRandom(20190805);
        String alphabet = "AZaz09$-:Ａ1";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String ref = s.toString();
            assertThat(CellReference.reference(ref)).as(ref).isEqualTo(byGrammar(ref));
        }
    }
}
