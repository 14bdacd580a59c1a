package org.zwgk.catalogue.spring;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.io.Format;
import org.zwgk.catalogue.io.ReadLimits;
import org.zwgk.catalogue.io.UnreadableInputException;
import org.zwgk.catalogue.model.AdministrativeLevel;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Problem;
import org.zwgk.catalogue.rules.Baseline;
import org.zwgk.catalogue.rules.Profile;
import org.zwgk.catalogue.rules.ProfileException;
import org.zwgk.catalogue.rules.SuppressionFileException;
import org.zwgk.catalogue.rules.Waivers;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;
import org.zwgk.catalogue.spring.internal.CheckGate;
import org.zwgk.catalogue.spring.internal.CheckMetrics;
import org.zwgk.catalogue.spring.internal.CheckWorkflow;
import org.zwgk.catalogue.spring.internal.ServiceMessages;
import org.zwgk.catalogue.spring.internal.ZipUploads;

/**
 * The check service: understands a {@link CheckOrder} (uploads, parent, level, date, profile, baseline, waivers),
 * refuses what it must with a located problem, and runs the library's check workflow within the configured
 * limits: the upload size, the read limits on every file and every .zip entry, a bounded number of checks at once
 * with a short queue, and a time limit per check. Nothing is written to disk or kept after the call. Thread-safe.
 */
public final class CheckService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CatalogueProperties properties;
    private final ReadLimits limits;
    private final CheckGate gate;
    private final CheckMetrics metrics;

    public CheckService(CatalogueProperties properties, CheckMetrics metrics) {
        this.properties = properties;
        this.limits = properties.limits().readLimits();
        this.gate = new CheckGate(properties.limits().effectiveConcurrentChecks(),
                properties.limits().effectiveQueue(), properties.limits().checkTime());
        this.metrics = metrics;
    }

    /** The settings this service runs with. */
    public CatalogueProperties properties() {
        return properties;
    }

    /** Every bundled edition. */
    public List<EditionInfo> editions() {
        return Editions.list();
    }

    /** A bundled edition, or 404 {@code edition.unknown}. */
    public Catalogue edition(String id) {
        return Editions.byId(id).orElseThrow(() -> new CheckRefusedException(Reason.UNKNOWN_EDITION,
                ServiceMessages.problem("edition.unknown", id, id, Editions.list().stream().map(EditionInfo::id)
                        .collect(Collectors.joining(", ")))));
    }

    /** Checks what {@code order} names. */
    public CheckResult check(CheckOrder order) {
        try {
            return checkWithin(order);
        } catch (CheckRefusedException e) {
            metrics.refused(e);
            LOG.info("refused [{}] {}", e.problem().messageId(), LogText.escape(e.problem().location().file()));
            throw e;
        }
    }

    private CheckResult checkWithin(CheckOrder order) {
        List<Upload> inputs = inputs(order.files());
        CheckWorkflow.Options options = options(order);
        String name = inputs.size() == 1 ? inputs.get(0).name() : order.files().get(0).name();
        long start = System.nanoTime();
        CheckWorkflow.Run run = gate.run(name, () -> CheckWorkflow.check(options, inputs, limits));
        List<CheckResult.Item> items = new ArrayList<>();
        for (CheckWorkflow.Checked c : run.checked()) {
            items.add(new CheckResult.Item(c.name(), c.report(), c.failure(), c.input()));
        }
        CheckResult result = new CheckResult(items, run);
        metrics.checked(result, order.format(), System.nanoTime() - start);
        LOG.info("checked {} catalogue(s), first {}, in {} ms", items.size(), LogText.escape(name),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** Counts a refusal that happened outside the service (e.g. an upload over the servlet's size limit). */
    public void refused(CheckRefusedException e) {
        metrics.refused(e);
    }

    private List<Upload> inputs(List<Upload> files) {
        if (files.isEmpty()) {
            throw refuse(Reason.BAD_PARAMETER, ServiceMessages.problem("upload.missing-file", "file"));
        }
        List<Upload> inputs = new ArrayList<>();
        for (Upload u : files) {
            sizeWithinLimit(u);
            if (u.extension().equals("zip")) {
                inputs.addAll(ZipUploads.open(u, limits));
            } else if (Format.fromName(u.extension()).isPresent()) {
                inputs.add(u);
            } else {
                throw refuse(Reason.UNSUPPORTED_TYPE, ServiceMessages.problem("upload.unsupported-type", u.name(),
                        u.name(), "xlsx, xls, csv, json, html, zip"));
            }
        }
        return inputs;
    }

    private void sizeWithinLimit(Upload u) {
        long max = properties.limits().uploadSize().toBytes();
        if (u.bytes().length > max) {
            throw refuse(Reason.TOO_LARGE, ServiceMessages.problem("upload.too-large", u.name(), u.bytes().length,
                    max));
        }
    }

    private CheckWorkflow.Options options(CheckOrder order) {
        Optional<AdministrativeLevel> level = order.level().or(properties::defaultLevel).filter(s -> !s.isBlank())
                .map(s -> AdministrativeLevel.parse(s).orElseThrow(() -> refuse(Reason.BAD_PARAMETER,
                        ServiceMessages.problem("parameter.level", "level", s))));
        LocalDate asOf;
        try {
            asOf = order.asOf().filter(s -> !s.isBlank()).map(LocalDate::parse).orElseGet(() -> LocalDate.now(CHINA));
        } catch (DateTimeParseException e) {
            throw refuse(Reason.BAD_PARAMETER, ServiceMessages.problem("parameter.as-of", "asOf",
                    order.asOf().orElse("")));
        }
        Catalogue parent = parent(order);
        Profile profile = Profile.defaults();
        Optional<Baseline> baseline = Optional.empty();
        Waivers waivers = Waivers.none();
        try {
            if (order.profile().isPresent()) {
                Upload u = order.profile().get();
                sizeWithinLimit(u);
                profile = Profile.read(new ByteArrayInputStream(u.bytes()), u.name());
            }
            if (order.baseline().isPresent()) {
                Upload u = order.baseline().get();
                sizeWithinLimit(u);
                baseline = Optional.of(Baseline.read(new ByteArrayInputStream(u.bytes()), u.name()));
            }
            if (order.waivers().isPresent()) {
                Upload u = order.waivers().get();
                sizeWithinLimit(u);
                waivers = Waivers.read(new ByteArrayInputStream(u.bytes()), u.name());
            }
        } catch (ProfileException e) {
            throw refuse(Reason.UNREADABLE, e.problems().get(0));
        } catch (SuppressionFileException e) {
            throw refuse(Reason.UNREADABLE, e.problems().get(0));
        }
        return new CheckWorkflow.Options(parent, level, asOf, profile, baseline, waivers);
    }

    private Catalogue parent(CheckOrder order) {
        if (order.parent().isPresent()) {
            Upload u = order.parent().get();
            sizeWithinLimit(u);
            try {
                return CheckWorkflow.readParent(u, limits);
            } catch (UnreadableInputException e) {
                throw refuse(Reason.UNREADABLE, e.problem());
            }
        }
        return edition(order.edition().filter(s -> !s.isBlank()).orElse(properties.edition()));
    }

    private CheckRefusedException refuse(Reason reason, Problem problem) {
        return new CheckRefusedException(reason, problem);
    }

    @Override
    public void close() {
        gate.close();
    }
}
