package org.zwgk.catalogue.io.internal.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.zwgk.catalogue.model.Channel;
import org.zwgk.catalogue.model.ChannelOption;
import org.zwgk.catalogue.model.ContentElement;
import org.zwgk.catalogue.model.LegalReference;

/** How the writers print a category's values in cells, so that the readers read them back equal. */
final class CellValues {

    /** The mark written in 公开对象, 公开方式 and 公开层级 columns. */
    static final String MARK = "√";

    private CellValues() {
    }

    static String content(List<ContentElement> content) {
        return String.join("\n", content.stream().map(ContentElement::printed).toList());
    }

    static String legalBasis(List<LegalReference> basis) {
        return String.join("\n", basis.stream().map(LegalReference::text).toList());
    }

    /** The channels as labels, one per line, in their order (CSV). */
    static String channelLines(List<Channel> channels) {
        return String.join("\n", channels.stream().map(Channel::label).toList());
    }

    /**
     * The full 13-box list of the national catalogue: ■ before each option a channel is, □ before the others;
     * free text is written as ■其他：text.
     */
    static String boxes(List<Channel> channels) {
        List<String> boxes = new ArrayList<>();
        for (ChannelOption option : ChannelOption.values()) {
            if (option == ChannelOption.OTHER) {
                continue;
            }
            boolean ticked = channels.stream().anyMatch(c -> c.option() == option);
            boxes.add((ticked ? "■" : "□") + option.label());
        }
        List<Channel> other = channels.stream().filter(c -> c.option() == ChannelOption.OTHER).toList();
        if (other.isEmpty()) {
            boxes.add("□" + ChannelOption.OTHER.label());
        }
        for (Channel c : other) {
            boxes.add("■" + ChannelOption.OTHER.label() + (c.isFreeText() ? "：" + c.label() : ""));
        }
        return String.join(" ", boxes);
    }

    /** The channels in the order the box list shows them. */
    static List<Channel> boxOrder(List<Channel> channels) {
        List<Channel> sorted = new ArrayList<>(channels);
        sorted.sort(Comparator.comparing(Channel::option));
        return sorted;
    }
}
