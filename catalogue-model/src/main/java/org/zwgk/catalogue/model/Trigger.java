package org.zwgk.catalogue.model;

/** What starts the clock of a relative deadline (…之日起). */
public enum Trigger {
    /** (自该)(政府)信息形成或(者)变更之日起 — 《政府信息公开条例》第二十六条. */
    INFORMATION_FORMED_OR_CHANGED("信息形成或者变更"),
    /** 制定或获取信息之日起 (制作或者获取): narrower than formation-or-change, since changes are not covered. */
    INFORMATION_MADE_OR_OBTAINED("制定或获取信息"),
    /** (自)收到申请之日起 — 《政府信息公开条例》第三十三条. */
    REQUEST_RECEIVED("收到申请"),
    /** (执法)决定作出之日起 / 作出决定之日起. */
    DECISION_MADE("作出决定"),
    /** 文件印发之日起 / 印发后 / 出台后. */
    DOCUMENT_ISSUED("文件印发"),
    /** (事件)发生后 — emergencies, press conferences. */
    EVENT_OCCURRED("事件发生"),
    /** No trigger is stated (e.g. 3个工作日内). */
    UNSTATED("未说明"),
    /** A trigger is stated in words this library does not know; the deadline keeps the text. */
    OTHER("其他");

    private final String label;

    Trigger(String label) {
        this.label = label;
    }

    /** The Chinese phrase for the trigger. */
    public String label() {
        return label;
    }
}
