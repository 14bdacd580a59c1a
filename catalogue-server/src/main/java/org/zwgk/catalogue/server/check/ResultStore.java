package org.zwgk.catalogue.server.check;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * The reports of recent results, in memory only, each result under an unguessable id, so that a result page links
 * its downloads instead of carrying them. A result is kept for {@link ResultSettings#retention()} after the check
 * (Caffeine, expiry after write), and all results together take at most {@link ResultSettings#maxSize()}: when a new
 * result does not fit beside those kept, it is not kept, rather than another's being dropped before the time its
 * page promised (Caffeine's own weight bound stays as a backstop). Nothing is written to disk; a restart forgets
 * everything. Thread-safe.
 */
@Component
@EnableConfigurationProperties(ResultSettings.class)
class ResultStore {

    /** 128 random bits, URL-safe: 22 characters. */
    private static final int ID_BYTES = 16;

    /**
     * One download of a result.
     *
     * @param key       its name in the download's address, e.g. {@code xlsx}
     * @param label     what it is, in the page's language
     * @param fileName  the name the browser saves it as
     * @param mediaType its content type
     * @param bytes     its content (not copied: never changed after it is stored)
     */
    record File(String key, String label, String fileName, String mediaType, byte[] bytes) {
        File {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final Cache<String, Map<String, File>> results;
    private final long maxBytes;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    ResultStore(ResultSettings settings) {
        this(settings, Ticker.systemTicker());
    }

    /** A store whose clock is {@code ticker} (a test's, to expire results without waiting). */
    ResultStore(ResultSettings settings, Ticker ticker) {
        this.maxBytes = settings.maxSize().toBytes();
        this.results = Caffeine.newBuilder()
                .expireAfterWrite(settings.retention())
                .maximumWeight(maxBytes)
                .weigher((String id, Map<String, File> files) -> weight(files.values()))
                .ticker(ticker)
                // Evictions and expiry are done on the caller's thread, so nothing outlives its time in a pool's queue.
                .executor(Runnable::run)
                .build();
    }

    /**
     * Keeps {@code files} and returns the id to fetch them by; empty when they do not fit beside the results kept
     * now (or alone are larger than the store). One at a time, so that two results cannot both take the last room.
     */
    synchronized Optional<String> put(List<File> files) {
        results.cleanUp();
        long used = results.policy().eviction().orElseThrow().weightedSize().orElse(0);
        if (used + weight(files) > maxBytes) {
            return Optional.empty();
        }
        byte[] bits = new byte[ID_BYTES];
        random.nextBytes(bits);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        results.put(id, files.stream().collect(Collectors.toUnmodifiableMap(File::key, Function.identity())));
        return Optional.of(id);
    }

    /** The download {@code key} of result {@code id}, while it is kept. */
    Optional<File> get(String id, String key) {
        return Optional.ofNullable(results.getIfPresent(id)).map(files -> files.get(key));
    }

    private static int weight(java.util.Collection<File> files) {
        long bytes = 0;
        for (File f : files) {
            bytes += f.bytes().length;
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
