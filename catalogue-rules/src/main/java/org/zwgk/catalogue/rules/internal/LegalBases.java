package org.zwgk.catalogue.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.zwgk.catalogue.data.LegalInstrument;
import org.zwgk.catalogue.data.LegalRegistry;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.Trigger;
import org.zwgk.catalogue.model.internal.JsonTree;
import org.zwgk.catalogue.model.internal.JsonTree.Obj;
import org.zwgk.catalogue.model.internal.Text;
import org.zwgk.catalogue.rules.RuleBasis;

/**
 * The provisions rules rest on and the legal facts they apply, read once from the rules' data file
 * {@code legal-bases.json}: each provision with its instrument (the legal registry's id), article and verification; the equivalences of deadline triggers; the
 * abbreviations folded before content is compared; the instruments bound to a geography; the marks that are no
 * 不涉及 reason; the statutory channels; the special statutory deadlines; the signs of the 2007 条例.
 */
public final class LegalBases {

    private static final String RESOURCE = "/org/zwgk/catalogue/rules/legal-bases.json";
    private static final Obj ROOT = read();
    private static final Map<String, RuleBasis> BASES = bases(ROOT);

    // The data as plain values, read once: the rules ask for them on every row of every check.
    private static final List<TriggerClass> TRIGGER_CLASSES = triggerClasses(ROOT.object("triggers").array("classes"));
    private static final List<String[]> ABBREVIATIONS = abbreviations(ROOT.object("abbreviations").array("entries"));
    private static final Set<String> BARE_REASONS = Set.copyOf(texts(ROOT.object("notApplicableReasons").array("bare")));
    private static final Pattern NOT_REASON_MARKS = Pattern.compile("[。.；;，,、\\s]");
    private static final List<SpecialStatute> SPECIAL_STATUTES = specialStatutes(ROOT.array("specialStatutes"));
    private static final Pattern GENERIC_OWNER = Pattern.compile(
            text(ROOT.object("owners"), "genericOwnerPattern"));
    private static final List<String> BRANCH_WORDS = texts(ROOT.object("owners").array("branchWords"));
    private static final List<String> MUNICIPALITIES = texts(
            ROOT.object("owners").array("municipalitiesDirectlyUnderTheCentralGovernment"));

    /** The guideline: localities refine and extend the 标准目录, never fall below it. */
    public static final String GUIDELINE = printed("guideline");

    /** 条例 第二十六条: proactive disclosure within 20 working days of the information being formed or changed. */
    public static final String ART_26 = printed("reg-26");

    /** 条例 第三十三条: requests answered within 20 working days, extendable by at most 20. */
    public static final String ART_33 = printed("reg-33");

    /** 条例 第四十九条: the annual report published by 1月31日. */
    public static final String ART_49 = printed("reg-49");

    private LegalBases() {
    }

    private static Obj read() {
        try (InputStream in = LegalBases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return (Obj) JsonTree.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, RuleBasis> bases(Obj root) {
        LegalRegistry registry = LegalRegistry.bundled();
        Map<String, RuleBasis> out = new LinkedHashMap<>();
        for (Obj p : objects(root.array("provisions"))) {
            String instrumentId = text(p, "instrument");
            String printed;
            if (p.has("printedTitle")) {
                printed = text(p, "printedTitle");
            } else if (instrumentId.equals("registry")) {
                printed = "法规库";
            } else {
                LegalInstrument i = registry.byId(instrumentId)
                        .orElseThrow(() -> new IllegalStateException("unknown instrument " + instrumentId));
                printed = "《" + i.title() + "》" + i.documentNumber().map(n -> "（" + n + "）").orElse("");
            }
            out.put(text(p, "id"), new RuleBasis(instrumentId, printed, p.string("article"),
                    Boolean.TRUE.equals(p.get("primaryText")), text(p, "verification")));
        }
        return Map.copyOf(out);
    }

    /** The provision with this id of the data file. */
    public static RuleBasis basis(String id) {
        RuleBasis b = BASES.get(id);
        if (b == null) {
            throw new IllegalArgumentException("unknown legal basis " + id);
        }
        return b;
    }

    /** The provisions with these ids. */
    public static List<RuleBasis> bases(String... ids) {
        List<RuleBasis> out = new ArrayList<>();
        for (String id : ids) {
            out.add(basis(id));
        }
        return List.copyOf(out);
    }

    /** The provision as printed. */
    public static String printed(String id) {
        return basis(id).printed();
    }

    /** The provisions as printed, joined by 、 (the same instrument's articles once titled). */
    public static String printed(List<RuleBasis> bases) {
        StringBuilder sb = new StringBuilder();
        String last = null;
        for (RuleBasis b : bases) {
            if (sb.length() > 0) {
                sb.append('；');
            }
            sb.append(b.instrument().equals(last) ? b.article().orElse("") : b.printed());
            last = b.instrument();
        }
        return sb.toString();
    }

    // ---- triggers -------------------------------------------------------------------------------------------

    /**
     * The class of clock a trigger starts, by the data's equivalences: {@code formed} for 形成/制作/获取/产生/生成
     * (and 作出决定 on a decision row), empty when the trigger is in no class (收到申请 stays its own clock).
     */
    public static Optional<String> clock(Trigger trigger, String deadlineText, String categoryName) {
        for (TriggerClass c : TRIGGER_CLASSES) {
            if (!c.onlyForCategoriesNaming().isEmpty()
                    && !containsAny(Text.compact(categoryName), c.onlyForCategoriesNaming())) {
                continue;
            }
            boolean member = c.triggers().contains(trigger.name())
                    || (trigger == Trigger.OTHER && containsAny(Text.compact(deadlineText), c.phrases()));
            if (member) {
                return Optional.of(c.sameAs().orElse(c.id()));
            }
        }
        return Optional.empty();
    }

    /** True when a deadline of the {@code formed} clock also promises publication after a change (…或者变更). */
    public static boolean coversChange(Trigger trigger, String deadlineText) {
        TriggerClass formed = TRIGGER_CLASSES.get(0);
        return formed.coversChange().contains(trigger.name())
                || containsAny(Text.compact(deadlineText), formed.changePhrases());
    }

    /** One class of deadline triggers that start the same clock, as the data file gives it. */
    private record TriggerClass(String id, Optional<String> sameAs, List<String> onlyForCategoriesNaming,
            Set<String> triggers, List<String> phrases, Set<String> coversChange, List<String> changePhrases) {
    }

    private static List<TriggerClass> triggerClasses(List<Object> classes) {
        List<TriggerClass> out = new ArrayList<>();
        for (Obj c : objects(classes)) {
            out.add(new TriggerClass(text(c, "id"), c.has("sameAs") ? Optional.of(text(c, "sameAs")) : Optional.empty(),
                    texts(c.array("onlyForCategoriesNaming")), Set.copyOf(texts(c.array("triggers"))),
                    texts(c.array("phrases")), Set.copyOf(texts(c.array("coversChange"))),
                    texts(c.array("changePhrases"))));
        }
        return List.copyOf(out);
    }

    /** The provisions the trigger equivalences rest on. */
    public static List<RuleBasis> triggerBases() {
        List<String> ids = new ArrayList<>();
        ids.addAll(texts(objects(ROOT.object("triggers").array("classes")).get(0).array("basis")));
        return bases(ids.toArray(String[]::new));
    }

    // ---- content, geography, 不涉及 ----------------------------------------------------------------------------

    /** {@code text} with every short form of the data (危废, 环评 …) replaced by its full form. */
    public static String foldAbbreviations(String text) {
        String out = text;
        for (String[] a : ABBREVIATIONS) {
            String full = a[0];
            String shortForm = a[1];
            if (out.contains(shortForm) && !out.contains(full)) {
                out = out.replace(shortForm, full);
            }
        }
        return out;
    }

    private static List<String[]> abbreviations(List<Object> entries) {
        List<String[]> out = new ArrayList<>();
        objects(entries).forEach(a -> out.add(new String[] {text(a, "full"), text(a, "short")}));
        return List.copyOf(out);
    }

    /** The geography an instrument is bound to (海域 for the 海洋环境保护法), where the data names one. */
    public static Optional<String> geographyOf(String instrumentId) {
        for (Obj g : objects(ROOT.object("geographyBound").array("instruments"))) {
            if (text(g, "id").equals(instrumentId)) {
                return Optional.of(text(g, "geography"));
            }
        }
        return Optional.empty();
    }

    /** True when a content element names a geography-bound subject (海洋工程) a unit may declare 不涉及. */
    public static boolean isGeographyBoundElement(String element) {
        for (Obj g : objects(ROOT.object("geographyBound").array("instruments"))) {
            if (containsAny(element, texts(g.array("elementWords")))) {
                return true;
            }
        }
        return false;
    }

    /** True when a 不涉及 reason is only a mark (不涉及, 无, —): it says nothing of why. */
    public static boolean isBareReason(String reason) {
        String r = NOT_REASON_MARKS.matcher(Text.compact(reason)).replaceAll("");
        return r.isEmpty() || BARE_REASONS.contains(r);
    }

    // ---- channels -------------------------------------------------------------------------------------------

    /** The printed options that are a statutory route for 主动 information (条例 第二十三、二十四条). */
    public static Set<ChannelOption> statutoryOptions() {
        return options(ROOT.object("channels").array("statutoryForProactive"));
    }

    /** Free-text channel names that are the same statutory route (政府信息公开平台 …). */
    public static List<String> statutoryFreeText() {
        List<String> out = new ArrayList<>();
        out.addAll(texts(ROOT.object("channels").array("statutoryFreeText")));
        return out;
    }

    /** The options that reach the party of a 特定群体 row itself (精准推送, 入户/现场). */
    public static Set<ChannelOption> routesToParty() {
        return options(ROOT.object("channels").array("routesToParty"));
    }

    private static Set<ChannelOption> options(List<Object> names) {
        java.util.EnumSet<ChannelOption> out = java.util.EnumSet.noneOf(ChannelOption.class);
        texts(names).forEach(n -> out.add(ChannelOption.valueOf(n)));
        return java.util.Collections.unmodifiableSet(out);
    }

    // ---- special statutes and the 2007 text ------------------------------------------------------------------

    /** A statutory deadline stricter than 条例 第二十六条 for some rows: its basis, the rows' words and the span. */
    public record SpecialStatute(String id, RuleBasis basis, boolean onChange, List<String> categoryWords,
            List<String> areaWords, int within) {

        /** True when the statute governs a row of this name in this area, both {@link Text#compact compacted}. */
        public boolean governs(String compactCategoryName, String compactAreaName) {
            return containsAny(compactCategoryName, categoryWords) || containsAny(compactAreaName, areaWords);
        }
    }

    /** The special statutory deadlines of the data. */
    public static List<SpecialStatute> specialStatutes() {
        return SPECIAL_STATUTES;
    }

    private static List<SpecialStatute> specialStatutes(List<Object> statutes) {
        List<SpecialStatute> out = new ArrayList<>();
        for (Obj s : objects(statutes)) {
            out.add(new SpecialStatute(text(s, "id"), basis(text(s, "basis")), text(s, "appliesTo").equals("change"),
                    texts(s.array("categoryWords")), texts(s.array("areaWords")), number(s, "within")));
        }
        return List.copyOf(out);
    }

    /** The alias that identifies the 2007 条例 (国务院令第492号). */
    public static String outdatedAlias() {
        return text(ROOT.object("outdatedVersion"), "alias");
    }

    /** The 2007 条例's request period, in working days (15). */
    public static int outdatedRequestWithin() {
        return number(ROOT.object("outdatedVersion"), "requestWithin");
    }

    /** The 2007 条例's annual-report month (3月31日). */
    public static int outdatedAnnualReportMonth() {
        return number(ROOT.object("outdatedVersion"), "annualReportMonth");
    }

    // ---- the domain -----------------------------------------------------------------------------------------

    /** The names of the guideline's domain in a 一级事项 column: 生态环境 (the guideline's own), 环境保护 (before 2018). */
    public static List<String> domainNames() {
        return texts(ROOT.object("domain").array("names"));
    }

    // ---- owners ---------------------------------------------------------------------------------------------

    /** True when an owner is the template's generic wording (市级生态环境部门) rather than a named body. */
    public static boolean isGenericOwner(String owner) {
        return GENERIC_OWNER.matcher(Text.compact(owner)).matches();
    }

    /** True when an issuer names a dispatched branch (…分局): the city bureau's 派出机构. */
    public static boolean isBranch(String issuer) {
        return containsAny(Text.compact(issuer), BRANCH_WORDS);
    }

    /** True when an issuer is a district's own bureau in a 直辖市 (上海市宝山区生态环境局). */
    public static boolean isDistrictOfMunicipality(String issuer) {
        String i = Text.compact(issuer);
        for (String m : MUNICIPALITIES) {
            if (i.startsWith(m) && i.substring(m.length()).contains("区")) {
                return true;
            }
        }
        return false;
    }

    // The data file is this module's own: a value of another kind than the code expects is a build defect.

    private static String text(Obj node, String key) {
        return node.string(key).orElse("");
    }

    private static int number(Obj node, String key) {
        return (Integer) node.get(key);
    }

    private static List<Obj> objects(List<Object> values) {
        List<Obj> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add((Obj) v));
        return out;
    }

    private static List<String> texts(List<Object> array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add((String) v));
        return List.copyOf(out);
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
