package org.zwgk.catalogue.data.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.model.internal.Text;

/**
 * Matching keys for citations. Titles: 《》, white space, line breaks and punctuation removed (so that broken
 * names such as 放射性污染防 治法 and 固体废 、物 match), the optional 中华人民共和国 prefix dropped, and trailing
 * version or number qualifiers such as (2018年修正) or (国令第711号) cut off; a qualifier that is part of the
 * title, such as (试行), is kept. Document numbers: width and brackets unified, 国令 read as 国务院令, Chinese
 * numerals read as digits. Matching is exact on these keys: no similarity guessing (水法 never becomes
 * 水污染防治法).
 */
public final class CitationKeys {

    static final String PRC = "中华人民共和国";
    /** A document number: 国办发〔2017〕42号, 国令第711号, 环境保护部令第48号, 主席令第九号. */
    public static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[\\p{IsHan}]{1,12}〔\\d{4}〕\\d+号"
                    + "|[\\p{IsHan}]{0,12}令第[\\d零〇一二三四五六七八九十百]+号");
    private static final Pattern VERSION_QUALIFIER = Pattern.compile(
            "\\d{4}年(?:第[一二三四五六七八九十\\d]+次)?(?:修订|修正|修改|制定|印发|发布)?(?:版|本)?");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]*)\\)$");

    private CitationKeys() {
    }

    /** Folds a citation's text: width, brackets 〔〕/[]/【】, 《》 kept, all white space removed. */
    public static String compact(String text) {
        return Text.compact(text).replace('[', '〔').replace(']', '〕');
    }

    /** The key of a title or a non-number alias. */
    public static String titleKey(String title) {
        String t = compact(title).replace("《", "").replace("》", "").replace("〈", "").replace("〉", "");
        t = stripQualifiers(t);
        String key = Text.matchKey(t);
        return key.startsWith(PRC) ? key.substring(PRC.length()) : key;
    }

    /** Trailing parentheses that hold a version or a document number, e.g. (2018年修正)(国令第711号). */
    public static String stripQualifiers(String compacted) {
        String t = compacted;
        while (true) {
            Matcher m = TRAILING_PAREN.matcher(t);
            if (!m.find() || !isQualifier(m.group(1))) {
                return t;
            }
            t = t.substring(0, m.start());
        }
    }

    /** The qualifiers cut off by {@link #stripQualifiers}, outermost last, or "". */
    public static String qualifiers(String compacted) {
        return compacted.substring(stripQualifiers(compacted).length());
    }

    private static boolean isQualifier(String inner) {
        return VERSION_QUALIFIER.matcher(inner).matches() || DOCUMENT_NUMBER.matcher(inner).matches();
    }

    /** True when the whole text is a document number. */
    public static boolean isDocumentNumber(String text) {
        return DOCUMENT_NUMBER.matcher(compact(text)).matches();
    }

    /** The key of a document number. */
    public static String numberKey(String number) {
        String t = compact(number);
        if (t.startsWith("国令")) {
            t = "国务院令" + t.substring(2);
        }
        return Text.arabicNumerals(t);
    }

    /** True for a 主席令 number: their numbering restarts with each President's term, so one alone is not unique. */
    public static boolean isPresidentialOrder(String numberKey) {
        return numberKey.startsWith("主席令");
    }

    /** The key of a version qualifier (2019年修订), for comparison with version labels. */
    public static String versionKey(String hint) {
        return Text.matchKey(hint);
    }
}
