package org.zwgk.catalogue.model.json;

/**
 * Bounds on the JSON text {@link CatalogueJson#parse(String, String, JsonLimits)} accepts: how deep arrays and
 * objects may nest and how long one string (value or key) may be. Beyond either bound the read stops with one
 * located problem ({@code json.limit.depth}, {@code json.limit.string}) instead of exhausting the stack or the
 * heap. A catalogue nests five levels and its longest cell is a few thousand characters.
 *
 * @param maxDepth        deepest nesting of arrays and objects, at least 1
 * @param maxStringLength longest string value or key, in characters, at least 1
 */
public record JsonLimits(int maxDepth, int maxStringLength) {

    public JsonLimits {
        if (maxDepth < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("JSON limits must be positive: " + maxDepth + ", " + maxStringLength);
        }
    }

    /** Depth 64, strings of 32,767 characters (Excel's longest cell). */
    public static JsonLimits defaults() {
        return new JsonLimits(64, 32_767);
    }
}
