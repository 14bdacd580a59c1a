package org.zwgk.catalogue.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zwgk.catalogue.model.internal.Text;

/** The 13 options printed under 公开渠道和载体 on the national catalogue, in their printed order. */
public enum ChannelOption {
    /** 政府网站. */
    GOVERNMENT_WEBSITE("政府网站", "政府门户网站"),
    /** 政府公报. */
    GOVERNMENT_GAZETTE("政府公报"),
    /** 两微一端 (政务微博、微信、客户端). */
    WEIBO_WECHAT_APP("两微一端"),
    /** 发布会/听证会. */
    PRESS_CONFERENCE_OR_HEARING("发布会/听证会", "发布会", "听证会", "新闻发布会"),
    /** 广播电视. */
    BROADCAST_TELEVISION("广播电视"),
    /** 纸质媒体. */
    PRINT_MEDIA("纸质媒体"),
    /** 公开查阅点 (Shanghai 松江 prints 公开查询点). */
    PUBLIC_READING_POINT("公开查阅点", "公开查询点", "政府信息公开查阅点"),
    /** 政务服务中心. */
    GOVERNMENT_SERVICE_CENTRE("政务服务中心", "政务服务大厅"),
    /** 便民服务站. */
    CONVENIENCE_SERVICE_STATION("便民服务站"),
    /** 入户/现场. */
    DOOR_TO_DOOR_OR_ON_SITE("入户/现场"),
    /** 社区/企事业单位/村公示栏, with the local variants seen (…公示栏(电子屏)). */
    NOTICE_BOARD("社区/企事业单位/村公示栏", "村居/企事业单位公示栏(电子屏)", "单位/村委会公示栏(电子屏)",
            "社区/企事业单位/村公示栏(电子屏)", "村居/企事业单位公示栏"),
    /** 精准推送 (a Dongguan copy prints 精准报送). */
    TARGETED_PUSH("精准推送", "精准报送"),
    /** 其他 (also written 其它), with free text where the source gives one. */
    OTHER("其他", "其它");

    private final String label;
    private final List<String> variants;

    ChannelOption(String label, String... variants) {
        this.label = label;
        this.variants = List.of(variants);
    }

    /** The label printed on the national catalogue. */
    public String label() {
        return label;
    }

    /** Known local spellings that mean this option. */
    public List<String> variants() {
        return variants;
    }

    /** Finds the option a printed label or a known variant means; empty for any other text. */
    public static Optional<ChannelOption> fromLabel(String text) {
        return Optional.ofNullable(ByKey.OPTIONS.get(Text.matchKey(text)));
    }

    /** The options by the matching key of their label and variants, folded once rather than on every lookup. */
    private static final class ByKey {
        static final Map<String, ChannelOption> OPTIONS = index();

        private static Map<String, ChannelOption> index() {
            Map<String, ChannelOption> map = new HashMap<>();
            for (ChannelOption option : values()) {
                map.putIfAbsent(Text.matchKey(option.label), option);
                option.variants.forEach(v -> map.putIfAbsent(Text.matchKey(v), option));
            }
            map.remove("");
            return Map.copyOf(map);
        }
    }
}
