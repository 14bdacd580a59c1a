package org.zwgk.catalogue.server.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zwgk.catalogue.data.RegistryOverlayException;

/**
 * {@code /api/v1/registry}: the legal registry the server checks with, and ({@code PUT}, administrators) the
 * overlays laid over it: each file in the registry's own overlay form, validated by its schema, every entry with
 * its sources. A bad file changes nothing and is answered 422 with every problem located.
 */
@RestController
@RequestMapping("/api/v1/registry")
public class RegistryApi {

    private final RegistryOverlays overlays;

    public RegistryApi(RegistryOverlays overlays) {
        this.overlays = overlays;
    }

    /** The registry's version: the bundled one and the overlays. */
    @GetMapping
    public Map<String, Object> version() {
        return Map.of("registry", overlays.label());
    }

    /** Removes the uploaded overlays: back to the bundled registry and those {@code zwgk.catalogue.registry} names. */
    @DeleteMapping("/overlays")
    public Map<String, Object> clear(Principal principal) throws RegistryOverlayException {
        overlays.replace(List.of(), principal.getName());
        return Map.of("registry", overlays.label());
    }

    /** Replaces the uploaded overlays by the files sent (multipart {@code file}, one or more, in order). */
    @PutMapping(value = "/overlays", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> replace(@RequestPart("file") List<MultipartFile> files,
            Principal principal, Locale locale) {
        List<RegistryOverlays.File> read = new ArrayList<>();
        try {
            for (MultipartFile f : files) {
                read.add(new RegistryOverlays.File(String.valueOf(f.getOriginalFilename()), f.getBytes()));
            }
            overlays.replace(read, principal.getName());
            return ResponseEntity.ok(Map.of("registry", overlays.label()));
        } catch (RegistryOverlayException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("id", "registry.overlay", "problems",
                    e.problems().stream().map(p -> Map.of("id", p.messageId(), "location", p.location().toString(),
                            "message", p.message(locale))).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
