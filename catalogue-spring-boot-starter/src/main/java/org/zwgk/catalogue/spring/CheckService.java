package org.zwgk.catalogue.spring;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.CheckRequest;
import org.zwgk.catalogue.rules.CheckRequestException;
import org.zwgk.catalogue.rules.CheckRun;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.InputFile;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Waivers;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;
import org.zwgk.catalogue.spring.internal.CheckGate;
import org.zwgk.catalogue.spring.internal.CheckMetrics;
import org.zwgk.catalogue.spring.internal.ServiceMessages;
import org.zwgk.catalogue.spring.internal.ZipUploads;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The check service: turns a {@link CheckOrder} (uploads, parent, level, date, profile, baseline, waivers) into a
 * {@link CheckRequest} of the library's one check workflow and runs it ({@link CheckRun}) within the configured
 * limits: the upload size, the read limits on every file and every .zip entry, a bounded number of checks at once
 * with a short queue, and a time limit per check. What cannot be checked is refused with a located problem.
 * Nothing is written to disk or kept after the call. Thread-safe.
 *
 * <p>Checkers are kept: orders against a bundled edition, or against a parent file the application stores anyway
 * ({@link #checkAgainstStoredParent}, a review round's own catalogue), with the same level, date and registry and
 * no profile, baseline or waivers, share one {@link Checker}, so the parent is read and its facts worked out once,
 * not per upload (8-14% of a check and its JSON report, profiled on the 56-category county; a round's re-check of
 * 3,000 localities builds one checker, not 3,000). A quick check's uploaded parent, profile, baseline or waivers is
 * never kept. The policy, one bounded Caffeine cache: a checker against a bundled edition weighs
 * {@link #EDITION_WEIGHT}, one against a stored parent file (kept by its name and SHA-256) the file's size, at
 * least as much; together they weigh at most {@link #KEPT_WEIGHT} (so at most 64 checkers), the least used dropped
 * first, and a checker unused for {@link #KEPT_IDLE} is dropped.
 */
public final class CheckService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);

    private final CatalogueProperties properties;
    private final ReadLimits limits;
    private final CheckGate gate;
    private final CheckMetrics metrics;
    private final CatalogueRegistry registry;
    private final Cache<CheckerKey, Checker> checkers;

    /** What all kept checkers weigh at most: stored parent files by their bytes, bundled editions by a share. */
    static final long KEPT_WEIGHT = 8L << 20;
    /** What a checker against a bundled edition weighs: a 64th of the whole. */
    static final int EDITION_WEIGHT = (int) (KEPT_WEIGHT / 64);
    /** A checker unused this long is dropped. */
    static final Duration KEPT_IDLE = Duration.ofMinutes(30);

    /** The service with the registry {@code zwgk.catalogue.registry} names (the bundled one when it names none). */
    public CheckService(CatalogueProperties properties, CheckMetrics metrics) {
        this(properties, metrics, CatalogueRegistry.of(properties));
    }

    /** The service judging citations by {@code registry}, whose overlays may change while it runs. */
    public CheckService(CatalogueProperties properties, CheckMetrics metrics, CatalogueRegistry registry) {
        this(properties, metrics, registry, CheckGate.of(properties.limits()));
    }

    /**
     * The service judging citations by {@code registry}, whose checks pass through {@code gate} (the application's
     * bean, which the service also closes).
     */
    public CheckService(CatalogueProperties properties, CheckMetrics metrics, CatalogueRegistry registry,
            CheckGate gate) {
        this.registry = registry;
        this.properties = properties;
        this.limits = properties.limits().readLimits();
        this.gate = gate;
        this.metrics = metrics;
        this.checkers = Caffeine.newBuilder().maximumWeight(KEPT_WEIGHT)
                .<CheckerKey, Checker>weigher((key, checker) -> Math.max(EDITION_WEIGHT, key.parentBytes()))
                .expireAfterAccess(KEPT_IDLE).build();
    }

    /** The settings this service runs with. */
    public CatalogueProperties properties() {
        return properties;
    }

    /** Every bundled edition. */
    public List<EditionInfo> editions() {
        return Editions.list();
    }

    /**
     * A bundled edition, or 404 {@code edition.unknown}: the one id for an unknown edition, whether it is asked for
     * here or named as a check's parent.
     */
    public Catalogue edition(String id) {
        return Editions.byId(id).orElseThrow(() -> new CheckRefusedException(Reason.UNKNOWN_EDITION,
                ServiceMessages.problem("edition.unknown", id, id, Editions.list().stream().map(EditionInfo::id)
                        .collect(Collectors.joining(", ")))));
    }

    /** Checks what {@code order} names; no file of it is kept after the call. */
    public CheckResult check(CheckOrder order) {
        return check(order, false);
    }

    /**
     * Checks what {@code order} names against its parent file, which the application stores anyway (a review
     * round's own catalogue): the checker built from it is kept for the next order against the same file.
     */
    public CheckResult checkAgainstStoredParent(CheckOrder order) {
        return check(order, true);
    }

    private CheckResult check(CheckOrder order, boolean parentStored) {
        try {
            return checkWithin(order, parentStored);
        } catch (CheckRefusedException e) {
            metrics.refused(e);
            LOG.info("refused [{}] {}", e.problem().messageId(), LogText.escape(e.problem().location().file()));
            throw e;
        }
    }

    /** Counts a refusal that happened outside the service (e.g. an upload over the servlet's size limit). */
    public void refused(CheckRefusedException e) {
        metrics.refused(e);
    }

    private CheckResult checkWithin(CheckOrder order, boolean parentStored) {
        List<InputFile> inputs = inputs(order.files());
        CheckRequest request = request(order, inputs);
        String name = inputs.size() == 1 ? inputs.get(0).displayName() : order.files().get(0).name();
        long start = System.nanoTime();
        CheckRun run = gate.run(name, () -> {
            try {
                return CheckRun.of(request, checker(order, request, parentStored), (item, done, total) -> { });
            } catch (CheckRequestException e) {
                throw new CheckRefusedException(reason(e.problem()), e.problem());
            }
        });
        CheckResult result = new CheckResult(run);
        long nanos = System.nanoTime() - start;
        metrics.checked(result, order.format(), nanos);
        LOG.info("checked {} catalogue(s), first {}, in {} ms", result.items().size(), LogText.escape(name),
                nanos / 1_000_000);
        return result;
    }

    /**
     * The kept checker for {@code request}'s parent and settings, built when there is none; built and not kept when
     * the order brings a file the caller does not store (a quick check's parent, profile, baseline or waivers).
     */
    private Checker checker(CheckOrder order, CheckRequest request, boolean parentStored)
            throws CheckRequestException {
        boolean keep = order.profile().isEmpty() && order.baseline().isEmpty() && order.waivers().isEmpty()
                && (order.parent().isEmpty() || parentStored);
        if (!keep) {
            return CheckRun.checker(request);
        }
        CheckerKey key = CheckerKey.of(order, request);
        try {
            return checkers.get(key, k -> {
                try {
                    return CheckRun.checker(request);
                } catch (CheckRequestException e) {
                    throw new ParentRefused(e);
                }
            });
        } catch (ParentRefused e) {
            throw e.cause;
        }
    }

    /** A parent that could not be had, carried out of the cache's loader (nothing is kept for it). */
    private static final class ParentRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient CheckRequestException cause;

        ParentRefused(CheckRequestException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    /** What a kept checker is built from: the parent (an edition's id, or a file's name and SHA-256) and settings. */
    private record CheckerKey(String edition, String parentName, String parentSha256, int parentBytes,
            Optional<AdministrativeLevel> level, LocalDate asOf, LegalRegistry registry) {

        static CheckerKey of(CheckOrder order, CheckRequest r) {
            Optional<Upload> parent = order.parent();
            return new CheckerKey(parent.isPresent() ? "" : r.parentEdition(), parent.map(Upload::name).orElse(""),
                    parent.map(u -> sha256(u.bytes())).orElse(""),
                    parent.map(u -> u.bytes().length).orElse(0), r.level(), r.asOf(), r.registry());
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every Java platform", e);
            }
        }
    }

    /**
     * The workflow's refusals: an unknown edition is 404 (not reached: {@link #edition} refuses it first, with the
     * service's id), an unreadable parent file 422, no input 400.
     */
    private static Reason reason(Problem p) {
        return switch (p.messageId()) {
            case "check.parent.unknown" -> Reason.UNKNOWN_EDITION;
            case "check.no-input" -> Reason.BAD_PARAMETER;
            default -> Reason.UNREADABLE;
        };
    }

    private List<InputFile> inputs(List<Upload> files) {
        if (files.isEmpty()) {
            throw new CheckRefusedException(Reason.BAD_PARAMETER, ServiceMessages.problem("upload.missing-file",
                    "file"));
        }
        List<InputFile> inputs = new ArrayList<>();
        for (Upload u : files) {
            sizeWithinLimit(u);
            if (u.extension().equals("zip")) {
                ZipUploads.open(u, limits).forEach(e -> inputs.add(InputFile.of(e.name(), e.bytes())));
            } else if (Format.fromName(u.extension()).isPresent()) {
                inputs.add(InputFile.of(u.name(), u.bytes()));
            } else {
                throw new CheckRefusedException(Reason.UNSUPPORTED_TYPE, ServiceMessages.problem(
                        "upload.unsupported-type", u.name(), u.name(), ZipUploads.supported() + ", zip"));
            }
        }
        return inputs;
    }

    private void sizeWithinLimit(Upload u) {
        long max = properties.limits().uploadSize().toBytes();
        if (u.bytes().length > max) {
            throw new CheckRefusedException(Reason.TOO_LARGE, ServiceMessages.problem("upload.too-large", u.name(),
                    u.bytes().length, max));
        }
    }

    private CheckRequest request(CheckOrder order, List<InputFile> inputs) {
        // One thread per request: the gate bounds how many requests check at once. What was read is kept for one
        // catalogue (the result page shows it; the check held it anyway), never for a batch.
        CheckRequest.Builder b = CheckRequest.builder().inputs(inputs).limits(limits).threads(1)
                .registry(registry.current()).keepInputs(inputs.size() == 1);
        order.level().or(properties::defaultLevel).filter(s -> !s.isBlank()).ifPresent(s -> b.level(
                AdministrativeLevel.parse(s).orElseThrow(() -> new CheckRefusedException(Reason.BAD_PARAMETER,
                        ServiceMessages.problem("parameter.level", "level", s)))));
        order.asOf().filter(s -> !s.isBlank()).ifPresent(s -> {
            try {
                b.asOf(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                throw new CheckRefusedException(Reason.BAD_PARAMETER, ServiceMessages.problem("parameter.as-of",
                        "asOf", s));
            }
        });
        if (order.parent().isPresent()) {
            Upload u = order.parent().get();
            sizeWithinLimit(u);
            b.parent(InputFile.of(u.name(), u.bytes()));
        } else {
            String edition = order.edition().filter(s -> !s.isBlank()).orElse(properties.edition()).strip();
            edition(edition);
            b.parentEdition(edition);
        }
        try {
            if (order.profile().isPresent()) {
                Upload u = order.profile().get();
                sizeWithinLimit(u);
                b.profile(Profile.read(new ByteArrayInputStream(u.bytes()), u.name()));
            }
            if (order.baseline().isPresent()) {
                Upload u = order.baseline().get();
                sizeWithinLimit(u);
                b.baseline(Baseline.read(new ByteArrayInputStream(u.bytes()), u.name()));
            }
            if (order.waivers().isPresent()) {
                Upload u = order.waivers().get();
                sizeWithinLimit(u);
                b.waivers(Waivers.read(new ByteArrayInputStream(u.bytes()), u.name()));
            }
        } catch (ProfileException e) {
            throw new CheckRefusedException(Reason.UNREADABLE, e.problems().get(0));
        } catch (SuppressionFileException e) {
            throw new CheckRefusedException(Reason.UNREADABLE, e.problems().get(0));
        }
        return b.build();
    }

    @Override
    public void close() {
        gate.close();
    }
}
