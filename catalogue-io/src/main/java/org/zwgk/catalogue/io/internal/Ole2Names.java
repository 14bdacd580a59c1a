package org.zwgk.catalogue.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The streams at the root of an OLE2 compound file, read with POI's POIFS: a Word file has WordDocument. */
final class Ole2Names {

    private Ole2Names() {
    }

    /** True when the root holds an entry of that name; false too when the file cannot be opened. */
    static boolean has(byte[] ole2, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole2))) {
            return fs.getRoot().hasEntryCaseInsensitive(name);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
