package org.zwgk.catalogue.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.internal.Text;

/**
 * One 公开渠道和载体: a printed option, or free text (under {@link ChannelOption#OTHER}) that is kept, never
 * dropped.
 *
 * @param option the printed option this channel is
 * @param label  the option's printed label, or the free text for {@link ChannelOption#OTHER}
 */
public record Channel(ChannelOption option, String label) {

    /** Tick boxes and list numbers in front of a channel: ■政府网站, □两微一端, 1.政府网站, (2)政务服务中心. */
    private static final Pattern MARKS = Pattern.compile("^(?:[■□☑☐☒√✓✔]|\\d{1,2}[.、)]|\\(\\d{1,2}\\)|\\s)+");
    /** 其他 (or 其它) followed by what fills its blank: 其他:会议, 其他_会议_, 其他(会议). */
    private static final Pattern OTHER_PREFIX = Pattern.compile("^其[他它](?:[:_\\s]+|(?=\\())");
    /** The underscores of a blank to fill, at either end. */
    private static final Pattern BLANKS = Pattern.compile("^_+|_+$");

    public Channel {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a channel needs a label");
        }
    }

    /** The channel for a printed option, labelled as printed. */
    public static Channel of(ChannelOption option) {
        return new Channel(option, option.label());
    }

    /**
     * Reads one channel as written: a printed option or a known variant maps to the option
     * (精准报送 → 精准推送); a tick box (■/□) or a list number (1.) in front is ignored; 其他:xxx, 其他(xxx) and any
     * other text become {@link ChannelOption#OTHER} with the text kept (其他渠道 stays 其他渠道); 其他 with only a
     * blank to fill (□其他____) is the option 其他 itself.
     *
     * @throws IllegalArgumentException when the text is blank or only a tick box: there is no channel to keep
     */
    public static Channel parse(String text) {
        return read(text)
                .orElseThrow(() -> new IllegalArgumentException("a channel needs text: \"" + text + "\""));
    }

    private static Optional<Channel> read(String text) {
        String folded = MARKS.matcher(Text.fold(text)).replaceFirst("").strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChannelOption> printed = ChannelOption.fromLabel(folded);
        if (printed.isPresent()) {
            return Optional.of(of(printed.get()));
        }
        // Peel 其他:, blanks, brackets and marks until nothing changes, so that the kept text reads back the same.
        String free = folded;
        String before;
        do {
            before = free;
            Matcher other = OTHER_PREFIX.matcher(free);
            if (other.find()) {
                free = free.substring(other.end());
            }
            free = BLANKS.matcher(free).replaceAll("").strip();
            if (free.startsWith("(") && free.endsWith(")")) {
                free = free.substring(1, free.length() - 1).strip();
            }
            free = MARKS.matcher(free).replaceFirst("").strip();
        } while (!free.equals(before));
        if (free.isEmpty()) {
            return Optional.of(of(ChannelOption.OTHER));
        }
        String kept = free;
        return Optional.of(ChannelOption.fromLabel(kept).map(Channel::of)
                .orElseGet(() -> new Channel(ChannelOption.OTHER, kept)));
    }

    /** True for free text kept under 其他. */
    public boolean isFreeText() {
        return option == ChannelOption.OTHER && !label.equals(ChannelOption.OTHER.label());
    }

    @Override
    public String toString() {
        return label;
    }
}
