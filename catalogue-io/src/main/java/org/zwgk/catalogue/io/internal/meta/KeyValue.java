package org.zwgk.catalogue.io.internal.meta;

import org.zwgk.catalogue.model.SourceLocation;

/**
 * One line of catalogue information: a key such as 版本标识 and its value, where the value was read.
 *
 * @param key   the key as printed
 * @param value the value
 * @param at    the value's cell
 */
public record KeyValue(String key, String value, SourceLocation at) {
}
