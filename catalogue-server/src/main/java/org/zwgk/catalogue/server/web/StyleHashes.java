package org.zwgk.catalogue.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zwgk.catalogue.data.Editions;
import org.zwgk.catalogue.rules.CatalogueHtml;
import org.zwgk.catalogue.rules.Checker;
import org.zwgk.catalogue.rules.ReportRenderer;

/**
 * The Content-Security-Policy hashes of the library's own {@code <style>} blocks: the html report and the
 * catalogue table carry their scoped style inline, so the policy names each block's SHA-256 instead of allowing
 * inline style at large. Computed once from real renderings, so a change of the library's style cannot leave
 * the policy behind.
 */
final class StyleHashes {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private StyleHashes() {
    }

    /** {@code 'sha256-…'} sources for style-src. */
    static Set<String> compute() {
        Set<String> hashes = new TreeSet<>();
        var national = Editions.national();
        var report = Checker.against(national).build().check(Editions.byId("sample-county-shortfalls")
                .orElse(national));
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ReportRenderer.htmlFragment().render(report, locale, out);
                CatalogueHtml.fragment(national, locale, out);
                Matcher m = STYLE.matcher(out.toString(StandardCharsets.UTF_8));
                while (m.find()) {
                    hashes.add("'sha256-" + sha256(m.group(1)) + "'");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
