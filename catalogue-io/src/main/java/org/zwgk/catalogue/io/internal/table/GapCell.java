package org.zwgk.catalogue.io.internal.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell declaring a category not applicable: 不涉及 or 不适用 (also 本级不涉及, 无此项), with or without a reason
 * (不涉及（职能范围未涉及）, 不涉及：本级无此职能).
 */
public final class GapCell {

    private static final Pattern GAP = Pattern.compile(
            "^\\s*(?:本级|本单位|本部门|本地)?(?:不涉及|不适用|无此项|无此事项)[\\s,，.。、;；:：]*(.*)$", Pattern.DOTALL);

    private GapCell() {
    }

    /**
     * The declared gap in a cell: empty when the cell declares none; otherwise the reason, empty when none is
     * given.
     */
    public static Optional<Optional<String>> read(String cell) {
        Matcher m = GAP.matcher(cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        String reason = CellText.clean(m.group(1));
        if (reason.length() >= 2 && "(（".indexOf(reason.charAt(0)) >= 0
                && ")）".indexOf(reason.charAt(reason.length() - 1)) >= 0) {
            reason = reason.substring(1, reason.length() - 1).strip();
        }
        reason = CellText.stripStray(reason);
        return Optional.of(reason.isEmpty() ? Optional.empty() : Optional.of(reason));
    }

    /** The cell text this library writes for a gap: 不涉及, or 不涉及（reason）. */
    public static String write(Optional<String> reason) {
        return reason.map(r -> "不涉及（" + r + "）").orElse("不涉及");
    }
}
