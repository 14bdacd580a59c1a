package org.zwgk.catalogue.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.LegalReference;
import org.zwgk.catalogue.model.Strictness;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.model.json.ParsedCatalogue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The parsers take any text a bureau's cell may hold: they never throw, keep the original text, and answer
 * consistently. In the normal test run each target replays its corpus under
 * {@code src/test/resources/org/zwgk/catalogue/fuzz/ParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void deadlineParsingNeverThrowsKeepsTheTextAndComparesSymmetrically(FuzzedDataProvider data) {
        String a = data.consumeString(200);
        String b = data.consumeRemainingAsString();
        Deadline da = Deadline.parse(a);
        Deadline db = Deadline.parse(b);
        assertThat(da.text()).isEqualTo(a);
        Strictness ab = da.compareStrictness(db);
        Strictness ba = db.compareStrictness(da);
        assertThat(ba).isEqualTo(ab.inverse());
    }

    @FuzzTest(maxDuration = "2m")
    void legalReferenceParsingNeverThrowsAndGivesPrintableReferences(FuzzedDataProvider data) {
        String cell = data.consumeRemainingAsString();
        List<LegalReference> refs = LegalReference.parseAll(cell);
        for (LegalReference r : refs) {
            assertThat(r.printed()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "2m")
    void channelParsingNeverDropsText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        if (text.isBlank()) {
            return;
        }
        try {
            Channel c = Channel.parse(text);
            assertThat(c.label()).isNotBlank();
        } catch (IllegalArgumentException documented) {
            // Channel.parse rejects text that holds no channel at all (only marks or punctuation), as documented.
        }
    }

    @FuzzTest(maxDuration = "2m")
    void lenientJsonParsingNeverThrows(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        ParsedCatalogue parsed = CatalogueJson.parse(json, "fuzz.json");
        assertThat(parsed.categorySources()).hasSize(parsed.catalogue().categories().size());
    }
}
