package org.zwgk.catalogue.rules.internal;

/**
 * The provisions rules rest on, cited as printed. The 条例 articles are the ones the legal registry carries as
 * verified ({@code legal-instruments.json}: 第二十六条, 第三十三条, 第四十九条 of the 2019 text).
 */
public final class LegalBases {

    /** The guideline: localities refine and extend the 标准目录, never fall below it. */
    public static final String GUIDELINE = "《生态环境领域基层政务公开标准指引》（环办厅函〔2019〕672号）标准目录";

    /** 条例 第二十六条: proactive disclosure within 20 working days of the information being formed or changed. */
    public static final String ART_26 = "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十六条";

    /** 条例 第三十三条: requests answered within 20 working days, extendable by at most 20. */
    public static final String ART_33 = "《中华人民共和国政府信息公开条例》（国务院令第711号）第三十三条";

    /** 条例 第四十九条: the annual report published by 1月31日. */
    public static final String ART_49 = "《中华人民共和国政府信息公开条例》（国务院令第711号）第四十九条";

    private LegalBases() {
    }
}
