package org.zwgk.catalogue.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One provision a rule rests on: the instrument (its id in the legal registry, or in the rules' own legal-bases
 * file where the registry does not carry it yet), the article, and how sure the text is.
 *
 * @param instrumentId the instrument's id
 * @param instrument   the instrument as printed (《…》（文号）)
 * @param article      the article or part relied on, where one is named
 * @param primaryText  true when the text was read on an official (primary) source
 * @param verification how the text was verified: {@code verified}, {@code copy-of-official-database},
 *                     {@code unverified} or {@code per entry}
 */
public record RuleBasis(String instrumentId, String instrument, Optional<String> article, boolean primaryText,
        String verification) {

    public RuleBasis {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(verification, "verification");
    }

    /** True unless the text is marked unverified. */
    public boolean isVerified() {
        return !verification.equals("unverified");
    }

    /** The provision as a citation: 《…》（文号）第…条. */
    public String printed() {
        return instrument + article.orElse("");
    }
}
