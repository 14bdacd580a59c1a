package org.zwgk.catalogue.server.check;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How long and how much of the result pages' downloads the server keeps ({@code zwgk.server.results.*}): the
 * reports of a result, in memory only, so that its page links them instead of carrying them.
 *
 * @param retention how long a result's reports can be downloaded after the check ({@code 15m} by default)
 * @param maxSize   the memory all kept reports may take together ({@code 64MB} by default); the oldest and least
 *                  used go first when it is full, and a result larger than this is not kept at all
 */
@ConfigurationProperties("zwgk.server.results")
public record ResultSettings(@DefaultValue("15m") Duration retention, @DefaultValue("64MB") DataSize maxSize) {

    /** The retention in whole minutes, at least one, as the pages state it. */
    public long retentionMinutes() {
        return Math.max(1, retention.toMinutes());
    }
}
