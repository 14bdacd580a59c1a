package org.zwgk.catalogue.spring;

import java.util.List;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.zwgk.catalogue.io.ReadLimits;

/**
 * The {@code zwgk.catalogue.*} properties: what a check is made against when the request does not say, and the
 * limits every check runs within.
 *
 * @param edition the parent edition checked against when a request names none ({@code zwgk.catalogue.edition})
 * @param level   the children's level when a request names none, e.g. 县级 or county; blank: as each catalogue states
 * @param registry legal registry overlays laid over the bundled registry, in order ({@code zwgk.catalogue.registry},
 *                 file paths): laws repealed or adopted since the release, each entry with its sources
 * @param limits  upload, read, concurrency and time limits ({@code zwgk.catalogue.limits.*})
 * @param api     the {@code /api/v1} endpoints ({@code zwgk.catalogue.api.enabled})
 */
@ConfigurationProperties("zwgk.catalogue")
public record CatalogueProperties(@DefaultValue("mee-2019-672") String edition, @DefaultValue("") String level,
        @DefaultValue List<Path> registry, @DefaultValue Limits limits, @DefaultValue Api api) {

    public CatalogueProperties {
        registry = List.copyOf(registry);
    }

    /**
     * Limits. Each read limit left unset keeps the library's default ({@link ReadLimits#defaults()}).
     *
     * @param uploadSize       the largest uploaded file (413 above it); {@code spring.servlet.multipart.*} should
     *                         allow as much
     * @param concurrentChecks checks running at once; 0 means one per core
     * @param queue            checks waiting for a slot before a request is refused with 503; 0 means eight per
     *                         check slot (16 on two cores: a queued check holds only its upload, already in memory)
     * @param checkTime        the longest one check may take (422 {@code check.time-limit} after it)
     * @param maxRows          rows per sheet ({@code io.limit.rows})
     * @param maxColumns       columns per sheet ({@code io.limit.columns})
     * @param maxCells         cells per file ({@code io.limit.cells})
     * @param maxCellLength    characters per cell ({@code io.limit.cell-length})
     * @param maxJsonDepth     JSON nesting ({@code io.limit.json-depth})
     * @param maxZipEntries    entries in an .xlsx package and in an uploaded .zip ({@code io.limit.zip-entries})
     * @param maxInflateRatio  inflation of a compressed part or .zip entry ({@code io.limit.inflate-ratio})
     */
    public record Limits(@DefaultValue("20MB") DataSize uploadSize, @DefaultValue("0") int concurrentChecks,
            @DefaultValue("0") int queue, @DefaultValue("60s") Duration checkTime, Integer maxRows,
            Integer maxColumns, Long maxCells, Integer maxCellLength, Integer maxJsonDepth, Integer maxZipEntries,
            Integer maxInflateRatio) {

        /** The read limits: the library's defaults with what is set here, and no file above the upload size. */
        public ReadLimits readLimits() {
            ReadLimits r = ReadLimits.defaults().withMaxFileBytes(uploadSize.toBytes());
            r = maxRows == null ? r : r.withMaxRows(maxRows);
            r = maxColumns == null ? r : r.withMaxColumns(maxColumns);
            r = maxCells == null ? r : r.withMaxCells(maxCells);
            r = maxCellLength == null ? r : r.withMaxCellLength(maxCellLength);
            r = maxJsonDepth == null ? r : r.withMaxJsonDepth(maxJsonDepth);
            r = maxZipEntries == null ? r : r.withMaxZipEntries(maxZipEntries);
            return maxInflateRatio == null ? r : r.withMaxInflateRatio(maxInflateRatio);
        }

        /** Checks at once: the setting, or the number of cores. */
        public int effectiveConcurrentChecks() {
            return concurrentChecks > 0 ? concurrentChecks : Runtime.getRuntime().availableProcessors();
        }

        /** Checks waiting: the setting, or eight per check slot. */
        public int effectiveQueue() {
            return queue > 0 ? queue : 8 * effectiveConcurrentChecks();
        }
    }

    /**
     * The REST endpoints.
     *
     * @param enabled whether {@code /api/v1/checks}, {@code /api/v1/editions} and {@code /api/v1/rules} are served
     */
    public record Api(@DefaultValue("false") boolean enabled) {
    }

    /** The default level, when one is set. */
    public Optional<String> defaultLevel() {
        return level.isBlank() ? Optional.empty() : Optional.of(level.strip());
    }
}
