package org.zwgk.catalogue.bench.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A category a locality adds to the national catalogue (本地新增事项), built from a subject and a kind of
 * information, as the locality catalogues in {@code seeds/} do (水质状况报告, 违法企业名单, 政策解读 …).
 *
 * @param area     the area (一级事项) the locality files it under
 * @param name     the category's name, unique among topics
 * @param content  its content elements
 * @param deadline its deadline as printed
 * @param citation its legal basis as printed
 */
record LocalTopic(String area, String name, List<String> content, String deadline, String citation) {

    private static final List<String> SUBJECTS = List.of("大气", "地表水", "饮用水水源地", "土壤", "噪声", "固体废物",
            "辐射", "机动车排放", "重点排污单位", "自然保护地", "入河排污口", "危险化学品");

    /** Kinds of information: area, name suffix, content, deadline, citation. */
    private static final List<List<String>> KINDS = List.of(
            List.of("环境监测", "环境质量监测信息", "监测点位、监测项目、监测结果", "每月10日前",
                    "《中华人民共和国环境保护法》"),
            List.of("执法监管", "执法检查情况", "检查对象、检查结果、处理情况", "自该信息形成或者变更之日起20个工作日内",
                    "《生态环境行政处罚办法》"),
            List.of("执法监管", "专项整治情况", "整治方案、整治进展、整治结果", "自该信息形成或者变更之日起15个工作日内",
                    "《中华人民共和国大气污染防治法》"),
            List.of("公众参与", "信访投诉办理情况", "受理情况、办理结果", "每季度结束后15日内", "《信访工作条例》"),
            List.of("政策文件", "政策文件及解读", "政策文件、解读材料", "自该信息形成或者变更之日起20个工作日内",
                    "《中华人民共和国政府信息公开条例》"));

    private static final List<LocalTopic> ALL = build();

    /** Every topic: each subject with each kind, 60 in all, in a fixed order. */
    static List<LocalTopic> all() {
        return ALL;
    }

    private static List<LocalTopic> build() {
        List<LocalTopic> topics = new ArrayList<>();
        for (List<String> kind : KINDS) {
            for (String subject : SUBJECTS) {
                // The subject names the first element, so that two topics never share their whole content.
                List<String> content = new ArrayList<>(List.of(kind.get(2).split("、")));
                content.set(0, subject + content.get(0));
                topics.add(new LocalTopic(kind.get(0), subject + kind.get(1), List.copyOf(content), kind.get(3),
                        kind.get(4)));
            }
        }
        return List.copyOf(topics);
    }
}
