package org.zwgk.catalogue.spring;

import java.util.Objects;

/**
 * One uploaded file, held in memory only: its name as the user's browser or client sent it, and its bytes.
 *
 * @param name  the file name (never a path on this server)
 * @param bytes the content; not copied, so the caller must not change it
 */
public record Upload(String name, byte[] bytes) {

    public Upload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The lower-case extension after the last dot, or empty. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Upload[" + LogText.escape(name) + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upload u && u.name.equals(name) && java.util.Arrays.equals(u.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + java.util.Arrays.hashCode(bytes);
    }
}
