package org.zwgk.catalogue.server.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Where the server serves ECharts from: the webjar on the class path ({@code /webjars/echarts/<version>/…}), so
 * the dashboard loads no script from elsewhere (CSP {@code script-src 'self'}).
 */
@Component
public class EchartsAsset {

    private static final Pattern VERSION = Pattern.compile("/webjars/echarts/([^/]+)/dist/echarts\\.min\\.js$");

    private final String path;

    public EchartsAsset() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(
                    "classpath*:META-INF/resources/webjars/echarts/*/dist/echarts.min.js");
            String p = null;
            for (Resource r : found) {
                Matcher m = VERSION.matcher(r.getURL().toString());
                if (m.find()) {
                    p = "/webjars/echarts/" + m.group(1) + "/dist/echarts.min.js";
                }
            }
            if (p == null) {
                throw new IllegalStateException("the echarts webjar is not on the class path");
            }
            this.path = p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script's path on this server. */
    public String path() {
        return path;
    }
}
