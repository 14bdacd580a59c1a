package org.zwgk.catalogue.io.internal.source.xlsx;

/**
 * Which characters of a string item are its text: those inside {@code <t>}, leaving out phonetic runs
 * ({@code <rPh>}). Shared strings and inline strings are read with it.
 */
final class TextRuns {

    private boolean inText;
    private int phonetic;

    void start(String local) {
        if (local.equals("rPh")) {
            phonetic++;
        } else if (local.equals("t") && phonetic == 0) {
            inText = true;
        }
    }

    void end(String local) {
        if (local.equals("rPh")) {
            phonetic--;
        } else if (local.equals("t")) {
            inText = false;
        }
    }

    /** True inside the text of the item. */
    boolean collecting() {
        return inText;
    }
}
