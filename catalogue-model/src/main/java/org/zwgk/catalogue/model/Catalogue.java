package org.zwgk.catalogue.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.zwgk.catalogue.model.validation.UniqueCategoryCodes;

/**
 * 标准目录: a catalogue edition — the national guideline's annex, a provincial guideline, or a locality's
 * customized catalogue. Immutable; build with {@link #builder(String, String)}.
 *
 * @param editionId      a stable id such as {@code mee-2019-672}
 * @param title          the title as printed
 * @param issuer         the issuing body
 * @param documentNumber the document number of the issuing notice, e.g. 环办厅函〔2019〕672号
 * @param issuedOn       the date of issue
 * @param level          the administrative level the catalogue applies to
 * @param locality       the place, e.g. 银川市
 * @param parentEdition  the edition id of the catalogue this one derives from
 * @param declaredShape  the size the guideline declares, where it does
 * @param areas          the areas with their categories, in printed order
 * @param notApplicable  parent categories declared not applicable
 * @param provenance     sources and transcription notes
 */
@UniqueCategoryCodes
public record Catalogue(
        @NotBlank(message = "{zwgk.catalogue.edition.required}") String editionId,
        String title,
        Optional<String> issuer,
        Optional<String> documentNumber,
        Optional<LocalDate> issuedOn,
        Optional<AdministrativeLevel> level,
        Optional<String> locality,
        Optional<String> parentEdition,
        Optional<DeclaredShape> declaredShape,
        List<@Valid Area> areas,
        List<NotApplicable> notApplicable,
        Provenance provenance) {

    public Catalogue {
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(locality, "locality");
        Objects.requireNonNull(parentEdition, "parentEdition");
        Objects.requireNonNull(declaredShape, "declaredShape");
        areas = List.copyOf(areas);
        notApplicable = List.copyOf(notApplicable);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** Starts a catalogue with its edition id and title. */
    public static Builder builder(String editionId, String title) {
        return new Builder(editionId, title);
    }

    /** A builder holding this catalogue's values. */
    public Builder toBuilder() {
        return new Builder(editionId, title).issuer(issuer.orElse(null)).documentNumber(documentNumber.orElse(null))
                .issuedOn(issuedOn.orElse(null)).level(level.orElse(null)).locality(locality.orElse(null))
                .parentEdition(parentEdition.orElse(null)).declaredShape(declaredShape.orElse(null)).areas(areas)
                .notApplicable(notApplicable).provenance(provenance);
    }

    /** Every category in printed order. */
    public List<Category> categories() {
        return areas.stream().flatMap(a -> a.categories().stream()).toList();
    }

    /** The number of categories transcribed or listed. */
    public int categoryCount() {
        return areas.stream().mapToInt(a -> a.categories().size()).sum();
    }

    /** The category with this code. */
    public Optional<Category> category(String code) {
        return categories().stream().filter(c -> c.code().filter(code::equals).isPresent()).findFirst();
    }

    /** The area holding this category (by identity). */
    public Optional<Area> areaOf(Category category) {
        return areas.stream().filter(a -> a.categories().stream().anyMatch(c -> c == category)).findFirst();
    }

    /** Builds a {@link Catalogue}. */
    public static final class Builder {
        private final String editionId;
        private final String title;
        private String issuer;
        private String documentNumber;
        private LocalDate issuedOn;
        private AdministrativeLevel level;
        private String locality;
        private String parentEdition;
        private DeclaredShape declaredShape;
        private List<Area> areas = List.of();
        private List<NotApplicable> notApplicable = List.of();
        private Provenance provenance = Provenance.none();

        private Builder(String editionId, String title) {
            this.editionId = Objects.requireNonNull(editionId, "editionId");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** The issuing body; null for absent. */
        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        /** The document number; null for absent. */
        public Builder documentNumber(String value) {
            this.documentNumber = value;
            return this;
        }

        /** The date of issue; null for absent. */
        public Builder issuedOn(LocalDate value) {
            this.issuedOn = value;
            return this;
        }

        /** The level; null for absent. */
        public Builder level(AdministrativeLevel value) {
            this.level = value;
            return this;
        }

        /** The locality; null for absent. */
        public Builder locality(String value) {
            this.locality = value;
            return this;
        }

        /** The parent edition id; null for absent. */
        public Builder parentEdition(String value) {
            this.parentEdition = value;
            return this;
        }

        /** The declared shape; null for absent. */
        public Builder declaredShape(DeclaredShape value) {
            this.declaredShape = value;
            return this;
        }

        /** The areas. */
        public Builder areas(List<Area> value) {
            this.areas = value;
            return this;
        }

        /** The declared gaps. */
        public Builder notApplicable(List<NotApplicable> value) {
            this.notApplicable = value;
            return this;
        }

        /** The provenance. */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /** The catalogue. */
        public Catalogue build() {
            return new Catalogue(editionId, title, Optional.ofNullable(issuer), Optional.ofNullable(documentNumber),
                    Optional.ofNullable(issuedOn), Optional.ofNullable(level), Optional.ofNullable(locality),
                    Optional.ofNullable(parentEdition), Optional.ofNullable(declaredShape), areas, notApplicable,
                    provenance);
        }
    }
}
