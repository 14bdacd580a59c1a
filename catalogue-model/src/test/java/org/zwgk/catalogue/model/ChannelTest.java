package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 公开渠道和载体: the 13 printed options, their local variants, and free text that is kept, never dropped. */
class ChannelTest {

    @Test
    void theNationalCataloguePrintsThirteenOptionsInThisOrder() {
        assertThat(ChannelOption.values()).extracting(ChannelOption::label).containsExactly(
                "政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心",
                "便民服务站", "入户/现场", "社区/企事业单位/村公示栏", "精准推送", "其他");
    }

    @ParameterizedTest
    @EnumSource(ChannelOption.class)
    void everyPrintedOptionReadsAsItself(ChannelOption option) {
        Channel channel = Channel.parse(option.label());
        assertThat(channel).isEqualTo(Channel.of(option));
        assertThat(channel.label()).isEqualTo(option.label());
        assertThat(channel.isFreeText()).isFalse();
        assertThat(ChannelOption.fromLabel(option.label())).contains(option);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            精准报送                           | TARGETED_PUSH
            公开查询点                          | PUBLIC_READING_POINT
            政府信息公开查阅点                    | PUBLIC_READING_POINT
            村居/企事业单位公示栏(电子屏)           | NOTICE_BOARD
            村居/企事业单位公示栏（电子屏）          | NOTICE_BOARD
            单位/村委会公示栏(电子屏)              | NOTICE_BOARD
            社区/企事业单位/村公示栏(电子屏)        | NOTICE_BOARD
            政府门户网站                         | GOVERNMENT_WEBSITE
            政务服务大厅                         | GOVERNMENT_SERVICE_CENTRE
            新闻发布会                           | PRESS_CONFERENCE_OR_HEARING
            听证会                              | PRESS_CONFERENCE_OR_HEARING
            发布会／听证会                        | PRESS_CONFERENCE_OR_HEARING
            发布会 / 听证会                       | PRESS_CONFERENCE_OR_HEARING
            ■政府网站                            | GOVERNMENT_WEBSITE
            □两微一端                            | WEIBO_WECHAT_APP
            ■ 精准报送                           | TARGETED_PUSH
            1.政府网站                           | GOVERNMENT_WEBSITE
            2、两微一端                          | WEIBO_WECHAT_APP
            (3)政务服务中心                       | GOVERNMENT_SERVICE_CENTRE
            ４．便民服务站                         | CONVENIENCE_SERVICE_STATION
            其它                                | OTHER
            □其他____                           | OTHER
            其他：                              | OTHER
            其他:政府网站                         | GOVERNMENT_WEBSITE
            """)
    void variantsMapToThePrintedOptionAndItsLabel(String written, ChannelOption option) {
        Channel channel = Channel.parse(written);
        assertThat(channel.option()).isEqualTo(option);
        assertThat(channel.label()).isEqualTo(option.label());
        assertThat(channel.isFreeText()).isFalse();
    }

    @ParameterizedTest(name = "{0} → 其他: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            政务公开专区                          | 政务公开专区
            微信公众号                            | 微信公众号
            公示栏等                             | 公示栏等
            ■会议                               | 会议
            ■其他:政务公开专区                     | 政务公开专区
            其他：政务公开专区                      | 政务公开专区
            □其他__政务公开专区__                  | 政务公开专区
            其他（会议）                          | 会议
            其它:短信                             | 短信
            其他渠道                              | 其他渠道
            12345热线                            | 12345热线
            政务微博                              | 政务微博
            """)
    void anyOtherTextIsKeptAsFreeTextUnderOther(String written, String kept) {
        Channel channel = Channel.parse(written);
        assertThat(channel.option()).isEqualTo(ChannelOption.OTHER);
        assertThat(channel.label()).isEqualTo(kept);
        assertThat(channel.isFreeText()).isTrue();
        assertThat(Channel.parse(channel.label())).as("the kept text reads back the same").isEqualTo(channel);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "   ", "■", "□ "})
    void blankTextIsNoChannel(String written) {
        assertThatThrownBy(() -> Channel.parse(written)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChannelNeedsALabel() {
        assertThatThrownBy(() -> new Channel(ChannelOption.OTHER, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Channel(ChannelOption.OTHER, "会议").toString()).isEqualTo("会议");
    }
}
