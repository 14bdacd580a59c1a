package org.zwgk.catalogue.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.zwgk.catalogue.model.internal.LegalReferenceParser;

/**
 * One citation in a 公开依据 cell: an instrument's title, with the document number, article and version
 * qualifier where the citation gives them. The original text of the citation is kept. A citation by number alone
 * (国令第711号) has an empty title and the number; every other citation has a title.
 *
 * @param title          the instrument's title without 《》, white space removed (e.g. 中华人民共和国政府信息公开条例);
 *                       empty only for a citation by document number alone
 * @param documentNumber a document number such as 国办发〔2017〕42号 or 国令第711号
 * @param article        an article such as 第二十六条 (as written)
 * @param versionHint    a version qualifier such as 2019年修订, or a version word before the title (新《环境保护法》)
 * @param text           the citation as the source printed it (widths folded); parsing it again gives this
 *                       reference
 */
public record LegalReference(String title, Optional<String> documentNumber, Optional<String> article,
        Optional<String> versionHint, String text) {

    public LegalReference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(versionHint, "versionHint");
        Objects.requireNonNull(text, "text");
        if (title.isBlank() && (!title.isEmpty() || documentNumber.isEmpty())) {
            throw new IllegalArgumentException("a legal reference needs a title or a document number");
        }
    }

    /** True unless this is a citation by document number alone. */
    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /** A citation by document number alone, e.g. 国令第711号. */
    public static LegalReference ofDocumentNumber(String documentNumber) {
        return new LegalReference("", Optional.of(documentNumber), Optional.empty(), Optional.empty(), documentNumber);
    }

    /** A citation with a title only. */
    public static LegalReference ofTitle(String title) {
        return new LegalReference(title, Optional.empty(), Optional.empty(), Optional.empty(), "《" + title + "》");
    }

    /**
     * Splits a cell of citations into references. Tolerates missing 《》, full- and half-width punctuation,
     * separators 、，；, numbered lists and line breaks; never splits inside 《》.
     */
    public static List<LegalReference> parseAll(String cell) {
        return LegalReferenceParser.parseAll(cell == null ? "" : cell);
    }

    /** Parses a single citation; empty when the text holds no title. */
    public static Optional<LegalReference> parse(String citation) {
        List<LegalReference> all = parseAll(citation);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The citation written out in the canonical form: 《title》(version)(number)article, or number article. */
    public String printed() {
        if (!hasTitle()) {
            return documentNumber.orElseThrow() + article.orElse("");
        }
        StringBuilder sb = new StringBuilder("《").append(title).append('》');
        versionHint.ifPresent(v -> sb.append('(').append(v).append(')'));
        documentNumber.ifPresent(n -> sb.append('(').append(n).append(')'));
        article.ifPresent(sb::append);
        return sb.toString();
    }
}
