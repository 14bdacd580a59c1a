package org.zwgk.catalogue.model;

import java.util.Objects;

import org.zwgk.catalogue.model.internal.Text;

/**
 * One 公开渠道和载体: a printed option, or free text (under {@link ChannelOption#OTHER}) that is kept, never
 * dropped.
 *
 * @param option the printed option this channel is
 * @param label  the option's printed label, or the free text for {@link ChannelOption#OTHER}
 */
public record Channel(ChannelOption option, String label) {

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
     * (精准报送 → 精准推送); 其他:xxx and any other text become {@link ChannelOption#OTHER} with the text kept.
     */
    public static Channel parse(String text) {
        String folded = Text.fold(text);
        return ChannelOption.fromLabel(folded).map(Channel::of).orElseGet(() -> {
            String free = folded.replaceFirst("^其他[:：_\\s]*", "").replaceAll("_+$", "").trim();
            return free.isEmpty() ? of(ChannelOption.OTHER) : new Channel(ChannelOption.OTHER, free);
        });
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
