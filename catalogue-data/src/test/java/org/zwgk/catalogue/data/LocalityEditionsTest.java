package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.Period;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.TimeUnit;
import org.zwgk.catalogue.model.Trigger;
import org.zwgk.catalogue.model.validation.CatalogueValidator;

/** Locality editions rest on the seed documents: each row names an existing seed and quotes it exactly. */
class LocalityEditionsTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Pattern QUOTE = Pattern.compile("Seed sentence: “(.+?)”\\. Area");

    private static Catalogue edition(String id) {
        return Editions.byId(id).orElseThrow();
    }

    @Test
    void everyLocalityRowPointsAtAnExistingSeedAndQuotesItVerbatim() throws IOException {
        int rows = 0;
        for (EditionInfo info : Editions.list()) {
            if (info.kind() != EditionKind.LOCALITY) {
                continue;
            }
            Catalogue c = edition(info.id());
            assertThat(c.parentEdition()).as(info.id()).contains(Editions.NATIONAL_ID);
            assertThat(c.categories()).as(info.id()).isNotEmpty();
            for (Category row : c.categories()) {
                rows++;
                String source = row.provenance().sources().get(0);
                assertThat(source).as(row.name()).startsWith("seeds/");
                Path seed = SEEDS.resolve(source.substring("seeds/".length()));
                assertThat(seed).as(row.name()).isRegularFile();
                assertThat(c.provenance().sources()).contains(source);
                String seedText = Files.readString(seed, StandardCharsets.UTF_8);
                Matcher m = QUOTE.matcher(row.provenance().notes().orElseThrow());
                assertThat(m.find()).as(row.name() + " quotes its seed").isTrue();
                for (String part : m.group(1).split("……")) {
                    assertThat(seedText).as(row.name()).contains(part);
                }
            }
        }
        assertThat(rows).isEqualTo(12);
    }

    @Test
    void yinchuanStatesSevenWorkingDaysForInterpretationsAndRepliesAndOnlyPeriodicWaterReports() {
        Catalogue yc = edition("yinchuan-sthjj-2021");
        Deadline interpretation = yc.categories().get(0).deadline().orElseThrow();
        assertThat(interpretation).isInstanceOfSatisfying(Deadline.Relative.class, d -> {
            assertThat(d.trigger()).isEqualTo(Trigger.DOCUMENT_ISSUED);
            assertThat(d.within().amount()).isEqualTo(7);
            assertThat(d.within().unit()).isEqualTo(TimeUnit.WORKING_DAY);
        });
        // The seed states the limit but not when the clock starts.
        assertThat(yc.categories().get(1).deadline().orElseThrow()).isEqualTo(new Deadline.Relative(Trigger.UNSTATED,
                new Span(7, TimeUnit.WORKING_DAY), Optional.empty(), "答复期限不得超过7个工作日"));
        // The seed monitors monthly but promises publication only 定期, which names no period.
        assertThat(yc.categories().get(2).deadline().orElseThrow()).isEqualTo(new Deadline.Unrecognized("定期"));
        assertThat(yc.categories()).allSatisfy(c -> assertThat(c.owner()).isEmpty());
        assertThat(yc.level()).contains(AdministrativeLevel.MUNICIPAL);
    }

    @Test
    void shanghaiPublishesTheUptakeOfPublicCommentsWithinTenWorkingDaysOfTheDecision() {
        Catalogue sh = edition("shanghai-sthjj-2020");
        Category row = sh.categories().get(0);
        assertThat(row.deadline().orElseThrow().text()).isEqualTo("决策出台后10个工作日内");
        assertThat(sh.documentNumber()).contains("沪环办〔2020〕88号");
    }

    @Test
    void yunfuStatesThreeWorkingDaysForInterpretationsAndTwentyFourHoursForPressConferences() {
        Catalogue yf = edition("yunfu-hbj-2017");
        assertThat(yf.categories().get(0).deadline().orElseThrow()).isInstanceOfSatisfying(Deadline.Relative.class,
                d -> assertThat(d.within().amount()).isEqualTo(3));
        assertThat(yf.categories().get(1).deadline().orElseThrow()).isInstanceOfSatisfying(Deadline.Relative.class,
                d -> {
                    assertThat(d.trigger()).isEqualTo(Trigger.EVENT_OCCURRED);
                    assertThat(d.within().amount()).isEqualTo(24);
                    assertThat(d.within().unit()).isEqualTo(TimeUnit.HOUR);
                });
        assertThat(yf.categories().get(1).channels()).extracting(ch -> ch.option())
                .containsExactly(ChannelOption.PRESS_CONFERENCE_OR_HEARING);
        assertThat(yf.issuedOn()).as("the seed gives no date").isEmpty();
    }

    @Test
    void monthlyAndQuarterlyWordingsOfTheSeedsAreReadAsPeriodicDeadlines() {
        assertThat(edition("baoshan-sthjj-2019").categories()).extracting(c -> c.deadline().orElseThrow())
                .containsExactly(
                        new Deadline.Periodic(Period.MONTHLY, OptionalInt.empty(), OptionalInt.empty(), "按月"),
                        new Deadline.Periodic(Period.MONTHLY, OptionalInt.empty(), OptionalInt.empty(), "按月"),
                        new Deadline.Periodic(Period.QUARTERLY, OptionalInt.empty(), OptionalInt.empty(), "按季"),
                        new Deadline.Periodic(Period.MONTHLY, OptionalInt.empty(), OptionalInt.empty(), "按月"));
        assertThat(edition("shanghai-sthjj-2020").categories()).extracting(c -> c.deadline().orElseThrow())
                .contains(new Deadline.Periodic(Period.MONTHLY, OptionalInt.empty(), OptionalInt.empty(), "按月度"));
    }

    @Test
    void samplesAreMarkedAsConstructedExamples() {
        for (String id : new String[] {"sample-county-conforming", "sample-county-shortfalls"}) {
            Catalogue c = edition(id);
            assertThat(Editions.list()).filteredOn(i -> i.id().equals(id)).singleElement()
                    .satisfies(i -> assertThat(i.kind()).isEqualTo(EditionKind.SAMPLE));
            assertThat(c.provenance().notes().orElseThrow()).startsWith("CONSTRUCTED EXAMPLE");
            assertThat(c.categories()).allSatisfy(
                    row -> assertThat(row.provenance().notes().orElseThrow()).startsWith("CONSTRUCTED EXAMPLE"));
            assertThat(c.level()).contains(AdministrativeLevel.COUNTY);
            assertThat(c.parentEdition()).contains(Editions.NATIONAL_ID);
        }
    }

    @Test
    void conformingSampleKeepsEveryNationalRowWithEveryStatedField() {
        Catalogue sample = edition("sample-county-conforming");
        for (Category parent : Editions.national().categories()) {
            Category child = sample.category(parent.code().orElseThrow()).orElseThrow();
            assertThat(child.name()).isEqualTo(parent.name());
            assertThat(child.content()).containsAll(parent.content());
            assertThat(child.legalBasis()).containsAll(parent.legalBasis());
            assertThat(child.channels()).containsAll(parent.channels());
            assertThat(child.audience()).containsAll(parent.audience());
            assertThat(child.mode()).containsAll(parent.mode());
            assertThat(child.owner()).isPresent();
            parent.deadline().ifPresent(d -> assertThat(child.deadline()).isPresent());
        }
        assertThat(sample.category("XK-L1")).isPresent();
        assertThat(CatalogueValidator.get().validate(sample, Locale.ROOT)).as("every field stated").isEmpty();
        assertThat(sample.notApplicable()).isEmpty();
    }

    @Test
    void shortfallSampleHasEachTypicalShortfall() {
        Catalogue sample = edition("sample-county-shortfalls");
        assertThat(sample.category("XK-01")).isEmpty();
        assertThat(sample.category("XK-02")).isEmpty();
        assertThat(sample.category("XK-03").orElseThrow().content()).hasSize(1);
        assertThat(sample.categories()).allSatisfy(c -> {
            assertThat(c.owner()).contains("市级生态环境部门");
            assertThat(c.channels()).extracting(ch -> ch.option()).containsExactly(ChannelOption.GOVERNMENT_WEBSITE);
        });
        assertThat(sample.category("CF-L1").orElseThrow().legalBasis())
                .isEqualTo(Editions.national().category("CF-01").orElseThrow().legalBasis());
        assertThat(sample.categories()).flatExtracting(Category::legalBasis)
                .anySatisfy(r -> assertThat(r.title()).isEqualTo("环境噪声污染防治法"));
        assertThat(sample.categories()).filteredOn(c -> c.deadline().orElseThrow().text()
                .equals("制定或获取信息之日起20个工作日内")).hasSize(2);
        assertThat(sample.notApplicable()).singleElement().satisfies(n -> {
            assertThat(n.code()).contains("FW-01");
            assertThat(n.reason()).isEmpty();
        });
    }
}
