package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.SourceLocation;
import org.zwgk.catalogue.model.json.CatalogueJson;

/** The canonical JSON: categories and their fields located by JSON pointer; bad categories reported. */
class JsonReadingTest {

    @Test
    void theCanonicalJsonReadsWithAPointerForEachCategoryAndField() throws Exception {
        byte[] json = CatalogueJson.write(Editions.national()).getBytes(StandardCharsets.UTF_8);
        ReadResult result = CsvReadingTest.read(json, "national.json");

        assertThat(result.format()).isEqualTo(Format.JSON);
        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue()).isEqualTo(Editions.national());
        CategorySources fourth = result.sources().get(3);
        assertThat(fourth.row()).hasToString("national.json#/categories/3");
        assertThat(fourth.of(CategoryField.DEADLINE)).hasToString("national.json#/categories/3/deadline");
        assertThat(fourth.of(CategoryField.CHANNELS)).hasToString("national.json#/categories/3/channels");
        // A field the category does not state falls back to the category.
        assertThat(result.sources().get(2).of(CategoryField.OWNER)).hasToString("national.json#/categories/2");
    }

    /**
     * The field locations are made when asked for; as a map they must be what the eager reading built: one
     * pointer per stated field, in field order, equal both ways to the {@code EnumMap} and with its hash.
     */
    @Test
    void fieldLocationsMadeOnDemandEqualTheEagerOnes() throws Exception {
        byte[] json = CatalogueJson.write(Editions.national()).getBytes(StandardCharsets.UTF_8);
        ReadResult result = CsvReadingTest.read(json, "national.json");

        assertThat(CategoryField.values()).hasSizeLessThanOrEqualTo(Integer.SIZE);
        for (int i = 0; i < result.sources().size(); i++) {
            Category c = result.catalogue().categories().get(i);
            Map<CategoryField, SourceLocation> eager = new EnumMap<>(CategoryField.class);
            for (CategoryField f : CategoryField.values()) {
                if (c.isStated(f)) {
                    eager.put(f, SourceLocation.ofPointer("national.json", "/categories/" + i + "/" + f.jsonName()));
                }
            }
            CategorySources read = result.sources().get(i);
            assertThat(read.fields()).isEqualTo(eager).hasSameHashCodeAs(eager).hasSize(eager.size());
            assertThat(eager).isEqualTo(read.fields());
            assertThat(List.copyOf(read.fields().keySet())).isEqualTo(List.copyOf(eager.keySet()));
            assertThat(read).isEqualTo(new CategorySources(read.row(), eager));
            for (CategoryField f : CategoryField.values()) {
                assertThat(read.fields().containsKey(f)).isEqualTo(eager.containsKey(f));
                assertThat(read.of(f)).isEqualTo(eager.getOrDefault(f, read.row()));
            }
            assertThatThrownBy(() -> read.fields().remove(CategoryField.NAME))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void aBadCategoryIsReportedAndTheOthersAreRead() throws Exception {
        String json = """
                {"edition": "x", "title": "示例目录", "categories": [
                  {"area": "行政许可", "name": "建设项目环境影响评价文件审批", "mode": ["主动"]},
                  {"area": "行政许可", "mode": ["主动"]},
                  {"area": "行政许可", "name": "危险废物经营许可证", "audience": ["所有人"]}
                ]}
                """;
        ReadResult result = CsvReadingTest.read(json.getBytes(StandardCharsets.UTF_8), "x.json");

        assertThat(result.catalogue().categories()).hasSize(2);
        assertThat(result.problems()).extracting(p -> p.messageId(), p -> p.location().toString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("json.field.required", "x.json#/categories/1"),
                org.assertj.core.groups.Tuple.tuple("json.value.unknown", "x.json#/categories/2/audience/0"));
        assertThat(result.sources()).extracting(s -> s.row().toString())
                .containsExactly("x.json#/categories/0", "x.json#/categories/2");
    }

    @Test
    void everyEncodingATextFileMayHaveReadsTheSame() throws Exception {
        String json = CatalogueJson.write(Editions.national());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        // UTF-8 is parsed from the bytes; GB18030 (not UTF-8) and UTF-16 with its mark are decoded first.
        for (byte[] bytes : new byte[][] {utf8, withBom, json.getBytes(java.nio.charset.Charset.forName("GB18030")),
                ("\ufeff" + json).getBytes(StandardCharsets.UTF_16LE)}) {
            ReadResult result = CsvReadingTest.read(bytes, "national.json");
            assertThat(result.problems()).isEmpty();
            assertThat(result.catalogue()).isEqualTo(Editions.national());
        }
    }

    @Test
    void jsonThatDoesNotParseCannotBeRead() {
        assertThatThrownBy(() -> CsvReadingTest.read("{\"edition\": ".getBytes(StandardCharsets.UTF_8), "cut.json"))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().messageId()).isEqualTo("json.syntax");
                    assertThat(e.problem().describe(Locale.ENGLISH)).startsWith("cut.json");
                });
    }
}
