package org.zwgk.catalogue.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.Deadline;
import org.zwgk.catalogue.model.Period;
import org.zwgk.catalogue.model.Span;
import org.zwgk.catalogue.model.Strictness;
import org.zwgk.catalogue.model.TimeUnit;
import org.zwgk.catalogue.model.Trigger;

/** Parses 公开时限 text and compares deadlines. The phrasings it knows are listed in the vocabulary reference. */
public final class DeadlineParser {

    /**
     * An amount with its unit; a day-of-month (…月31日) is excluded by the look-behind. At most six digits, so
     * that an absurd amount is left unrecognized instead of overflowing.
     */
    private static final Pattern SPAN = Pattern.compile("(?<![月\\d])(\\d{1,6})个?(工作日|自然日|日|天|小时)");
    private static final Pattern SPAN_TAIL = Pattern.compile("^(以内|之内|内|前)?");
    private static final Pattern YEARLY_DUE = Pattern.compile("每年(?:的)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTHLY_DUE = Pattern.compile("每月(?:的)?(\\d{1,2})日");
    /** 每月, 每季度 … and the 按月/按月度/按季(度)/按年(度) wording of work plans; 定期 names no period. */
    private static final Pattern PERIOD = Pattern.compile("[每按](周|月|季|半年|年)度?");
    private static final Pattern FIXED_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern REAL_TIME = Pattern.compile("实时|即时");
    /**
     * Words around an amount that name no event: what is left of the words before the amount once these are
     * removed is the trigger. 答复期限不得超过7个工作日 states a limit but not when it starts, so its trigger is
     * {@link Trigger#UNSTATED}.
     */
    private static final Pattern FILLER = Pattern.compile(
            "不得超过|不得超出|不得迟于|不超过|不超出|不迟于|最迟|最长|及时|予以|公开|答复|办理|期限|时限|原则上"
                    + "|[自从在于起后之日内的应,;:。、]");
    /** Separators left at the end of a clause of a composite deadline. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:。、]+$");

    private DeadlineParser() {
    }

    /** Parses one cell; unknown text gives {@link Deadline.Unrecognized} with the original text. */
    public static Deadline parse(String original) {
        String t = Text.arabicNumerals(Text.compact(original));
        if (t.isEmpty()) {
            return new Deadline.Unrecognized(original);
        }
        List<SpanAt> spans = spans(t);
        List<SpanAt> main = spans.stream().filter(s -> !s.extension()).toList();
        if (main.isEmpty()) {
            return withoutSpan(t, original);
        }
        if (main.size() == 1) {
            return relative(t, main.get(0), spans, original);
        }
        List<Deadline> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < main.size(); i++) {
            int to = i + 1 < main.size() ? main.get(i + 1).clauseStart(t, main.get(i)) : t.length();
            String clause = CLAUSE_END.matcher(t.substring(from, to)).replaceAll("");
            parts.add(parse(clause));
            from = to;
        }
        return new Deadline.Composite(parts, original);
    }

    private static Deadline withoutSpan(String t, String original) {
        if (REAL_TIME.matcher(t).find()) {
            return new Deadline.RealTime(original);
        }
        Matcher yearly = YEARLY_DUE.matcher(t);
        if (yearly.find()) {
            int month = Integer.parseInt(yearly.group(1));
            int day = Integer.parseInt(yearly.group(2));
            if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
                return new Deadline.Unrecognized(original);
            }
            return new Deadline.Periodic(Period.YEARLY, OptionalInt.of(month), OptionalInt.of(day), original);
        }
        Matcher monthly = MONTHLY_DUE.matcher(t);
        if (monthly.find()) {
            int day = Integer.parseInt(monthly.group(1));
            if (day < 1 || day > 31) {
                return new Deadline.Unrecognized(original);
            }
            return new Deadline.Periodic(Period.MONTHLY, OptionalInt.empty(), OptionalInt.of(day), original);
        }
        Matcher period = PERIOD.matcher(t);
        if (period.find()) {
            return new Deadline.Periodic(period(period.group(1)), OptionalInt.empty(), OptionalInt.empty(), original);
        }
        Matcher fixed = FIXED_DATE.matcher(t);
        if (fixed.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(fixed.group(1)), Integer.parseInt(fixed.group(2)),
                        Integer.parseInt(fixed.group(3)));
                return new Deadline.FixedDate(date, original);
            } catch (DateTimeException notADate) {
                return new Deadline.Unrecognized(original);
            }
        }
        return new Deadline.Unrecognized(original);
    }

    private static Period period(String word) {
        return switch (word) {
            case "周" -> Period.WEEKLY;
            case "月" -> Period.MONTHLY;
            case "季" -> Period.QUARTERLY;
            case "半年" -> Period.HALF_YEARLY;
            default -> Period.YEARLY;
        };
    }

    private static Deadline relative(String t, SpanAt main, List<SpanAt> all, String original) {
        if (PERIOD.matcher(t.substring(0, main.start())).find()) {
            // 每季度结束后15日内 and the like: a recurring deadline, not one counted from an event.
            Matcher period = PERIOD.matcher(t);
            period.find();
            return new Deadline.Periodic(period(period.group(1)), OptionalInt.empty(), OptionalInt.empty(), original);
        }
        Optional<Span> extension = all.stream().filter(SpanAt::extension).filter(s -> s.start() > main.start())
                .map(SpanAt::span).findFirst();
        return new Deadline.Relative(trigger(t.substring(0, main.start())), main.span(), extension, original);
    }

    /** The trigger named in the words before the amount. */
    static Trigger trigger(String prefix) {
        if (prefix.contains("申请") && (prefix.contains("收到") || prefix.contains("受理") || prefix.contains("接到"))) {
            return Trigger.REQUEST_RECEIVED;
        }
        if (prefix.contains("形成") || prefix.contains("变更")) {
            return Trigger.INFORMATION_FORMED_OR_CHANGED;
        }
        if ((prefix.contains("制定") || prefix.contains("制作")) && prefix.contains("获取")) {
            return Trigger.INFORMATION_MADE_OR_OBTAINED;
        }
        if (prefix.contains("决定") && prefix.contains("作出")) {
            return Trigger.DECISION_MADE;
        }
        if (prefix.contains("印发") || prefix.contains("出台") || prefix.contains("签发") || prefix.contains("发布")) {
            return Trigger.DOCUMENT_ISSUED;
        }
        if (prefix.contains("发生")) {
            return Trigger.EVENT_OCCURRED;
        }
        return FILLER.matcher(prefix).replaceAll("").isEmpty() ? Trigger.UNSTATED : Trigger.OTHER;
    }

    /**
     * Every amount in the text. An amount is an extension when 延长 comes between it and the amount before, in the
     * same sentence: 可延长7个工作日, and also the wording of 条例第三十三条, 需要延长答复期限的，应当经…同意并告知申请人，
     * 延长的期限最长不得超过20个工作日, where the cue is far from the amount.
     */
    private static List<SpanAt> spans(String t) {
        List<SpanAt> spans = new ArrayList<>();
        Matcher m = SPAN.matcher(t);
        int previousEnd = 0;
        while (m.find()) {
            TimeUnit unit = switch (m.group(2)) {
                case "工作日" -> TimeUnit.WORKING_DAY;
                case "小时" -> TimeUnit.HOUR;
                default -> TimeUnit.CALENDAR_DAY;
            };
            String before = t.substring(previousEnd, m.start());
            boolean extension = before.substring(before.lastIndexOf('。') + 1).contains("延长");
            previousEnd = m.end();
            Matcher tail = SPAN_TAIL.matcher(t.substring(m.end()));
            tail.find();
            spans.add(new SpanAt(new Span(Integer.parseInt(m.group(1)), unit), m.start(), m.end() + tail.end(),
                    extension));
        }
        return spans;
    }

    private record SpanAt(Span span, int start, int end, boolean extension) {
        /** Where the clause holding this span starts: right after the previous main span and its extension. */
        int clauseStart(String t, SpanAt previous) {
            int cut = previous.end();
            for (int i = cut; i < start; i++) {
                char c = t.charAt(i);
                if (c == ';' || c == ',' || c == '。') {
                    cut = i + 1;
                }
            }
            return cut;
        }
    }

    // ---- comparison -------------------------------------------------------------------------------------
    //
    // The rule throughout: answer only when the answer holds whatever the calendar does, else NOT_COMPARABLE.
    // - Different kinds (relative, periodic, fixed date) or different triggers are not comparable; OTHER is never
    //   comparable, not even with itself. Two UNSTATED triggers are compared: the rows compared are the same
    //   category, so an unstated clock is taken to start at the same event on both sides.
    // - Working days against calendar days or hours: N working days last at least N calendar days (24 h each),
    //   and have no upper bound (a long holiday), so N calendar days are STRICTER than N working days, N working
    //   days are LOOSER than N calendar days, and 7 working days against 10 days is NOT_COMPARABLE (over a
    //   weekend 10 days are longer, over 国庆 7 working days are). See Span#compare.
    // - An extension (…可延长N个工作日) must hold too: the base period and the longest period are compared, and
    //   the answers combined (a stricter base with a looser ceiling is NOT_COMPARABLE); an extension in another
    //   unit than the base is NOT_COMPARABLE.
    // - 实时 is STRICTER than any period counted from the moment the information exists or later (形成或者变更,
    //   制定或获取, 作出决定, 文件印发, and an unstated trigger) and than any periodic deadline; it is not
    //   comparable with a clock started by a request or an event, nor with a fixed date.
    // - A composite deadline is compared clause by clause: every pair of clauses that is comparable must agree.

    /** How {@code a} compares with {@code b}. */
    public static Strictness compare(Deadline a, Deadline b) {
        if (a instanceof Deadline.Composite || b instanceof Deadline.Composite) {
            return composite(leaves(a), leaves(b));
        }
        return single(a, b);
    }

    private static Strictness single(Deadline a, Deadline b) {
        if (a instanceof Deadline.Unrecognized || b instanceof Deadline.Unrecognized) {
            return Strictness.NOT_COMPARABLE;
        }
        if (a instanceof Deadline.RealTime) {
            return realTime(b);
        }
        if (b instanceof Deadline.RealTime) {
            return realTime(a).inverse();
        }
        if (a instanceof Deadline.Relative ra && b instanceof Deadline.Relative rb) {
            return relative(ra, rb);
        }
        if (a instanceof Deadline.Periodic pa && b instanceof Deadline.Periodic pb) {
            return periodic(pa, pb);
        }
        if (a instanceof Deadline.FixedDate fa && b instanceof Deadline.FixedDate fb) {
            int c = fa.date().compareTo(fb.date());
            return c < 0 ? Strictness.STRICTER : c == 0 ? Strictness.AS_STRICT : Strictness.LOOSER;
        }
        return Strictness.NOT_COMPARABLE;
    }

    /** The clauses of a deadline, nested composites flattened. */
    private static List<Deadline> leaves(Deadline d) {
        if (d instanceof Deadline.Composite c) {
            List<Deadline> out = new ArrayList<>();
            c.parts().forEach(p -> out.addAll(leaves(p)));
            return out;
        }
        return List.of(d);
    }

    /**
     * Every comparable pair of clauses must agree. Pairs are taken all at once, so that a conflict (one pair
     * STRICTER, another LOOSER) is never hidden by a third pair, and so that the answer from the other side is
     * the inverse.
     */
    private static Strictness composite(List<Deadline> a, List<Deadline> b) {
        Strictness result = null;
        for (Deadline x : a) {
            for (Deadline y : b) {
                Strictness s = single(x, y);
                if (s != Strictness.NOT_COMPARABLE) {
                    result = result == null ? s : result.and(s);
                }
            }
        }
        return result == null ? Strictness.NOT_COMPARABLE : result;
    }

    private static Strictness realTime(Deadline other) {
        if (other instanceof Deadline.RealTime) {
            return Strictness.AS_STRICT;
        }
        if (other instanceof Deadline.Periodic) {
            return Strictness.STRICTER;
        }
        if (other instanceof Deadline.Relative r && startsOnceInformationExists(r.trigger())) {
            return r.longest().amount() == 0 ? Strictness.AS_STRICT : Strictness.STRICTER;
        }
        return Strictness.NOT_COMPARABLE;
    }

    /** Triggers at which the information to publish already exists, so 实时 publication is due no later. */
    private static boolean startsOnceInformationExists(Trigger trigger) {
        return switch (trigger) {
            case INFORMATION_FORMED_OR_CHANGED, INFORMATION_MADE_OR_OBTAINED, DECISION_MADE, DOCUMENT_ISSUED,
                    UNSTATED -> true;
            case REQUEST_RECEIVED, EVENT_OCCURRED, OTHER -> false;
        };
    }

    private static Strictness relative(Deadline.Relative a, Deadline.Relative b) {
        if (a.trigger() != b.trigger() || a.trigger() == Trigger.OTHER) {
            return Strictness.NOT_COMPARABLE;
        }
        boolean mixedExtension = a.extension().filter(e -> e.unit() != a.within().unit()).isPresent()
                || b.extension().filter(e -> e.unit() != b.within().unit()).isPresent();
        if (mixedExtension) {
            return Strictness.NOT_COMPARABLE;
        }
        return a.within().compare(b.within()).and(a.longest().compare(b.longest()));
    }

    private static Strictness periodic(Deadline.Periodic a, Deadline.Periodic b) {
        if (a.period() != b.period()) {
            return a.period().compareTo(b.period()) < 0 ? Strictness.STRICTER : Strictness.LOOSER;
        }
        int dueA = due(a);
        int dueB = due(b);
        return dueA < dueB ? Strictness.STRICTER : dueA == dueB ? Strictness.AS_STRICT : Strictness.LOOSER;
    }

    /** The due point within the period as month*100+day; a missing due date is the end of the period. */
    private static int due(Deadline.Periodic p) {
        int month = p.dueMonth().orElse(p.period() == Period.YEARLY ? 12 : 0);
        int day = p.dueDay().orElse(31);
        return month * 100 + day;
    }
}
