package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Audience;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.Confidence;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.DisclosureMode;
import org.zwgk.catalogue.model.LegalReference;

/** The national edition against the reference transcription it was made from, field by field. */
class NationalEditionTest {

    private static JsonNode reference;
    private static final Catalogue NATIONAL = Editions.national();

    @BeforeAll
    static void readReference() throws IOException {
        try (InputStream in = NationalEditionTest.class.getClassLoader()
                .getResourceAsStream("reference-national-catalogue-672.partial.json")) {
            reference = new ObjectMapper().readTree(in);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(n -> out.add(n.textValue()));
        }
        return out;
    }

    @Test
    void holdsExactlyTheNineReferenceRowsInOrderAndNoCandidateRow() {
        List<String> names = new ArrayList<>();
        reference.get("rows").forEach(r -> names.add(r.get("category").textValue()));
        assertThat(NATIONAL.categories()).extracting(Category::name).containsExactlyElementsOf(names);
        assertThat(NATIONAL.categories()).extracting(Category::name).doesNotContain("生态环境主题活动组织情况");
    }

    @Test
    void everyRowMatchesTheReferenceFieldByField() {
        JsonNode rows = reference.get("rows");
        List<Category> categories = NATIONAL.categories();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Category c = categories.get(i);
            String at = row.get("category").textValue();
            Area area = NATIONAL.areaOf(c).orElseThrow();
            List<String> notTranscribed = strings(row.get("notTranscribed"));

            assertThat(area.name()).as(at + " area").isEqualTo(row.get("area").textValue());
            assertThat(c.content()).extracting(ContentElement::printed).as(at + " content")
                    .containsExactlyElementsOf(strings(row.get("content")));
            assertThat(c.legalBasis()).extracting(LegalReference::text).as(at + " legalBasis")
                    .containsExactlyElementsOf(strings(row.get("legalBasis")));
            assertThat(c.deadline().map(d -> d.text())).as(at + " deadline")
                    .contains(row.get("deadline").textValue());
            if (row.get("owner").isNull()) {
                assertThat(c.owner()).as(at + " owner").isEmpty();
            } else {
                assertThat(c.owner()).as(at + " owner").contains(row.get("owner").textValue());
            }
            assertThat(c.channels()).extracting(Channel::label).as(at + " channels")
                    .containsExactlyElementsOf(strings(row.get("channels")));
            assertThat(c.audience()).extracting(Audience::label).as(at + " audience")
                    .containsExactlyInAnyOrderElementsOf(strings(row.get("audience")));
            assertThat(c.mode()).extracting(DisclosureMode::label).as(at + " mode")
                    .containsExactlyInAnyOrderElementsOf(strings(row.get("mode")));
            assertThat(c.levels()).as(at + " levels: the national layout has none").isEmpty();

            assertThat(c.provenance().sources()).as(at + " sources")
                    .containsExactlyElementsOf(strings(row.get("sources")));
            assertThat(c.provenance().confidence()).as(at + " confidence")
                    .contains(Confidence.fromKey(row.get("confidence").textValue()).orElseThrow());
            assertThat(c.provenance().inferred()).as(at + " inferred")
                    .containsExactlyInAnyOrderElementsOf(strings(row.get("inferred")).stream()
                            .map(n -> CategoryField.fromJsonName(n).orElseThrow()).collect(Collectors.toList()));
            for (String field : notTranscribed) {
                assertThat(c.isStated(CategoryField.fromJsonName(field).orElseThrow()))
                        .as(at + ": " + field + " was not transcribed, so it is absent").isFalse();
            }
            assertThat(c.provenance().notes()).as(at + " notes keep the reference notes")
                    .hasValueSatisfying(n -> assertThat(n).contains(row.get("notes").textValue()));
        }
    }

    @Test
    void rowsCarryTheLibraryAssignedCodes() {
        assertThat(NATIONAL.categories()).extracting(c -> c.code().orElseThrow())
                .containsExactly("XK-01", "XK-02", "XK-03", "CF-01", "CF-02", "CF-03", "CF-04", "ST-01", "FW-01");
        assertThat(NATIONAL.areas()).extracting(a -> a.code().orElseThrow())
                .containsExactly("XK", "CF", "ST", "FW");
        assertThat(NATIONAL.category("XK-01").orElseThrow().provenance().notes().orElseThrow())
                .contains("assigned by zwgk-catalogue");
    }

    @Test
    void declaresFiveAreasAndTwentyFiveCategoriesOfWhichNineAreTranscribed() {
        var shape = NATIONAL.declaredShape().orElseThrow();
        assertThat(shape.areas()).isEqualTo(5);
        assertThat(shape.categories()).isEqualTo(25);
        assertThat(shape.statedIn()).contains(reference.get("declaredShape").get("statedIn").textValue());
        assertThat(NATIONAL.categoryCount()).isEqualTo(9);
        assertThat(shape.categories() - NATIONAL.categoryCount()).isEqualTo(16);
        assertThat(NATIONAL.areas()).hasSize(4);
        assertThat(NATIONAL.provenance().notes().orElseThrow()).contains("9 of", "16", "fifth area");

        EditionInfo info = Editions.list().get(0);
        assertThat(info.kind()).isEqualTo(EditionKind.NATIONAL);
        assertThat(info.transcribedCategories()).isEqualTo(9);
        assertThat(info.declaredShape()).contains(shape);
        assertThat(info.transcriptionStatus()).startsWith("partial");
    }

    @Test
    void appliesToMunicipalDepartmentsAndNamesItsNotice() {
        assertThat(NATIONAL.editionId()).isEqualTo(Editions.NATIONAL_ID);
        assertThat(NATIONAL.level()).contains(AdministrativeLevel.MUNICIPAL);
        assertThat(NATIONAL.documentNumber()).contains("环办厅函〔2019〕672号");
        assertThat(NATIONAL.issuedOn()).map(Object::toString).contains(reference.get("issuedOn").textValue());
        assertThat(NATIONAL.title()).isEqualTo(reference.get("title").textValue());
        assertThat(NATIONAL.parentEdition()).isEmpty();
    }
}
