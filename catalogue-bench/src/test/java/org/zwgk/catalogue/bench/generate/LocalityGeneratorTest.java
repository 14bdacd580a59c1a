package org.zwgk.catalogue.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zwgk.catalogue.bench.Checks;
import org.zwgk.catalogue.bench.Fixtures;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.CatalogueReader;
import org.zwgk.catalogue.io.ReadResult;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.Finding;
import org.zwgk.catalogue.rules.MatchKind;
import org.zwgk.catalogue.rules.Report;

class LocalityGeneratorTest {

    private final LocalityGenerator generator = LocalityGenerator.standard();

    @Test
    void theCountryIs333MunicipalAnd2667CountyCatalogues() {
        assertThat(generator.size()).isEqualTo(3_000);
        assertThat(generator.generate(0).level()).contains(AdministrativeLevel.MUNICIPAL);
        assertThat(generator.generate(332).level()).contains(AdministrativeLevel.MUNICIPAL);
        assertThat(generator.generate(333).level()).contains(AdministrativeLevel.COUNTY);
        assertThat(generator.generate(2_999).level()).contains(AdministrativeLevel.COUNTY);
        long municipal = IntStream.range(0, generator.size())
                .filter(i -> LocalityGenerator.id(i).contains("municipal")).count();
        assertThat(municipal).isEqualTo(LocalityGenerator.MUNICIPAL);
    }

    @Test
    void everyCatalogueHasTwentyToSixtyCategoriesAndBothBoundsOccur() {
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < generator.size(); i++) {
            sizes.add(generator.generate(i).categoryCount());
        }
        assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(20, 60)).contains(20, 60);
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
        LocalityGenerator again = LocalityGenerator.standard();
        for (int i = 0; i < generator.size(); i += 97) {
            Path first = generator.write(i, Files.createDirectories(dir.resolve("a")));
            Path second = again.write(i, Files.createDirectories(dir.resolve("b")));
            assertThat(first.getFileName()).isEqualTo(second.getFileName());
            assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        }
        LocalityGenerator otherSeed = new LocalityGenerator(Editions.national(), 1L);
        assertThat(otherSeed.generate(500)).isNotEqualTo(generator.generate(500));
    }

    @Test
    void everyCatalogueSaysItIsGenerated() {
        Catalogue c = generator.generate(1_234);
        assertThat(c.title()).contains("非真实数据");
        assertThat(c.locality()).hasValueSatisfying(l -> assertThat(l).contains("非真实地区"));
        assertThat(c.provenance().notes()).contains(LocalityGenerator.GENERATED);
        assertThat(c.provenance().sources()).singleElement().asString().contains("seed 20190805", "index 1234");
    }

    @Test
    void generatedCataloguesReadBackAndCheckWithTheIntendedFindings(@TempDir Path dir) throws Exception {
        Checker checker = Fixtures.checker();
        Set<String> rules = new HashSet<>();
        boolean renamed = false;
        // Every 10th catalogue: 300 checks, enough for every kind of variation to occur.
        for (int i = 0; i < generator.size(); i += 10) {
            Path file = generator.write(i, dir);
            ReadResult read = CatalogueReader.read(file);
            assertThat(read.problems()).isEmpty();
            assertThat(read.catalogue()).isEqualTo(generator.generate(i));
            Report report = Checks.check(checker, file);
            report.countingFindings().stream().map(Finding::ruleId).forEach(rules::add);
            renamed |= report.alignment().matches().stream().anyMatch(m -> m.kind() == MatchKind.SIMILAR);
        }
        assertThat(rules).contains("coverage.missing-category", "coverage.local-addition",
                "coverage.not-applicable-without-reason", "deadline.looser-than-parent",
                "deadline.beyond-statute", "channel.parent-channel-dropped", "content.parent-element-dropped",
                "legal.parent-citation-dropped", "owner.level-mismatch");
        assertThat(renamed).as("some rows renamed and aligned by the similarity of their names").isTrue();
    }
}
