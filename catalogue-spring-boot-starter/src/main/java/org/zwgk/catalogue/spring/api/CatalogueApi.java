package org.zwgk.catalogue.spring.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zwgk.catalogue.data.EditionInfo;
import org.zwgk.catalogue.model.json.CatalogueJson;
import org.zwgk.catalogue.rules.RuleInfo;
import org.zwgk.catalogue.rules.Rules;
import org.zwgk.catalogue.spring.CheckService;

/**
 * {@code GET /api/v1/editions} (the bundled editions), {@code GET /api/v1/editions/{id}} (one edition's canonical
 * JSON, as {@code show --format json} prints it) and {@code GET /api/v1/rules} (every rule, zh-CN and en).
 */
@RestController
@RequestMapping("/api/v1")
public class CatalogueApi {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final CheckService service;

    public CatalogueApi(CheckService service) {
        this.service = service;
    }

    /** The bundled editions with their transcription status. */
    @GetMapping(path = "/editions", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> editions() {
        return service.editions().stream().map(CatalogueApi::edition).toList();
    }

    private static Map<String, Object> edition(EditionInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("title", info.title());
        m.put("kind", info.kind().name());
        info.parentEdition().ifPresent(p -> m.put("parentEdition", p));
        info.declaredShape().ifPresent(s -> m.put("declaredCategories", s.categories()));
        m.put("transcribedCategories", info.transcribedCategories());
        m.put("transcriptionStatus", info.transcriptionStatus());
        return m;
    }

    /** One edition as canonical JSON; 404 {@code edition.unknown}. */
    @GetMapping(path = "/editions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> edition(@PathVariable("id") String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(CatalogueJson.write(service.edition(id)));
    }

    /** Every rule: id, family, since, default severity, legal basis, title and description in zh-CN and en. */
    @GetMapping(path = "/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> rules() {
        return Rules.all().stream().map(CatalogueApi::rule).toList();
    }

    private static Map<String, Object> rule(RuleInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("family", r.family());
        m.put("since", r.since());
        m.put("severity", r.defaultSeverity().name());
        r.legalBasis().ifPresent(b -> m.put("legalBasis", b));
        m.put("title", Map.of("zh-CN", r.title(ZH), "en", r.title(Locale.ENGLISH)));
        m.put("description", Map.of("zh-CN", r.description(ZH), "en", r.description(Locale.ENGLISH)));
        return m;
    }
}
