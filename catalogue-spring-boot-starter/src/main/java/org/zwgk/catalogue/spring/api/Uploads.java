package org.zwgk.catalogue.spring.api;

import java.io.IOException;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;
import org.zwgk.catalogue.spring.Upload;

/** Multipart files as uploads, held in memory. */
public final class Uploads {

    private Uploads() {
    }

    /** The part as an upload; empty when it was not sent or is an empty file field of a form. */
    public static Optional<Upload> of(MultipartFile part) throws IOException {
        if (part == null || (part.isEmpty() && (part.getOriginalFilename() == null
                || part.getOriginalFilename().isBlank()))) {
            return Optional.empty();
        }
        String name = Optional.ofNullable(part.getOriginalFilename()).filter(s -> !s.isBlank())
                .orElse(part.getName());
        // Browsers send a file name only, but some clients send a path: keep the last segment.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return Optional.of(new Upload(name, part.getBytes()));
    }
}
