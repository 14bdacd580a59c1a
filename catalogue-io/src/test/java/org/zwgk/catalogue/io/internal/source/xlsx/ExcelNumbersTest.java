package org.zwgk.catalogue.io.internal.source.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** Whole numbers in the General format written directly read exactly as POI's formatter shows them. */
class ExcelNumbersTest {

    private final DataFormatter poi = new DataFormatter(Locale.US);

    @Test
    void wholeNumbersInGeneralAreShownAsPoiShowsThem() {
        ExcelNumbers numbers = new ExcelNumbers();
        SplittableRandom random = new SplittableRandom(20190805);
        double[] edges = {0, -0.0, 1, -1, 9_999_999_999d, -9_999_999_999d, 1e10, 12345678901d, 1e15, 0.5, 2.5, -3.75,
                1e-7, 123456.789};
        for (double d : edges) {
            assertThat(numbers.format(d, 0, "General", false)).as("%s", d)
                    .isEqualTo(poi.formatRawCellContents(d, 0, "General", false));
        }
        for (int i = 0; i < 20_000; i++) {
            double d = switch (i % 3) {
                case 0 -> random.nextInt(-1000, 100_000);
                case 1 -> (double) random.nextLong(-20_000_000_000L, 20_000_000_000L);
                default -> random.nextDouble(-1e6, 1e6);
            };
            assertThat(numbers.format(d, 0, "General", false)).as("%s", d)
                    .isEqualTo(poi.formatRawCellContents(d, 0, "General", false));
        }
    }

    @Test
    void otherFormatsGoThroughPoi() {
        ExcelNumbers numbers = new ExcelNumbers();
        assertThat(numbers.format(43_831, 14, "m/d/yy", false)).isEqualTo(poi.formatRawCellContents(43_831, 14,
                "m/d/yy", false));
        assertThat(numbers.format(0.25, 9, "0%", false)).isEqualTo("25%");
    }
}
