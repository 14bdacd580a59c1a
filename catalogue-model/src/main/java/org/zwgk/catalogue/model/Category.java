package org.zwgk.catalogue.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

import org.zwgk.catalogue.model.validation.Stated;

/**
 * 二级事项: one row of the catalogue. A field the source did not state is absent: an empty {@code Optional}
 * or an empty collection, never an empty string or a guess; {@link #absentFields()} names them.
 *
 * @param code       a stable code for matching (e.g. XK-01), where one is assigned
 * @param name       the category's name
 * @param items      三级事项, if the locality splits the category
 * @param content    公开内容(要素), in order
 * @param legalBasis 公开依据, in order
 * @param deadline   公开时限
 * @param owner      公开主体
 * @param channels   公开渠道和载体, in printed order
 * @param audience   公开对象
 * @param mode       公开方式
 * @param levels     公开层级, where the catalogue has level columns
 * @param provenance sources, confidence and inferred fields of this row
 */
public record Category(
        Optional<String> code,
        @NotBlank(message = "{zwgk.category.name.required}") String name,
        List<Item> items,
        @Stated(message = "{zwgk.category.content.required}") List<ContentElement> content,
        List<LegalReference> legalBasis,
        @Stated(message = "{zwgk.category.deadline.required}") Optional<Deadline> deadline,
        Optional<String> owner,
        @Stated(message = "{zwgk.category.channels.required}") List<Channel> channels,
        @Stated(message = "{zwgk.category.audience.required}") Set<Audience> audience,
        @Stated(message = "{zwgk.category.mode.required}") Set<DisclosureMode> mode,
        Set<AdministrativeLevel> levels,
        Provenance provenance) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
        content = List.copyOf(content);
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(owner, "owner");
        channels = List.copyOf(channels);
        audience = enumSet(audience, Audience.class);
        mode = enumSet(mode, DisclosureMode.class);
        levels = enumSet(levels, AdministrativeLevel.class);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The values as an unmodifiable set in declaration order. */
    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    /** Starts a category with the given name; every other field absent. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** A builder holding this category's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(name).code(code.orElse(null)).items(items).content(content).legalBasis(legalBasis)
                .deadline(deadline.orElse(null)).owner(owner.orElse(null)).channels(channels).audience(audience)
                .mode(mode).levels(levels).provenance(provenance);
    }

    /** True when the source stated this field. {@link CategoryField#AREA} is always stated. */
    public boolean isStated(CategoryField field) {
        return switch (field) {
            case AREA -> true;
            case NAME -> !name.isBlank();
            case ITEMS -> !items.isEmpty();
            case CONTENT -> !content.isEmpty();
            case LEGAL_BASIS -> !legalBasis.isEmpty();
            case DEADLINE -> deadline.isPresent();
            case OWNER -> owner.isPresent();
            case CHANNELS -> !channels.isEmpty();
            case AUDIENCE -> !audience.isEmpty();
            case MODE -> !mode.isEmpty();
            case LEVELS -> !levels.isEmpty();
        };
    }

    /** The fields the source did not state. */
    public Set<CategoryField> absentFields() {
        EnumSet<CategoryField> absent = EnumSet.noneOf(CategoryField.class);
        for (CategoryField f : CategoryField.values()) {
            if (!isStated(f)) {
                absent.add(f);
            }
        }
        return Collections.unmodifiableSet(absent);
    }

    /** Builds a {@link Category}; not thread-safe, not reusable across threads. */
    public static final class Builder {
        private String code;
        private final String name;
        private List<Item> items = List.of();
        private List<ContentElement> content = List.of();
        private List<LegalReference> legalBasis = List.of();
        private Deadline deadline;
        private String owner;
        private List<Channel> channels = List.of();
        private Set<Audience> audience = Set.of();
        private Set<DisclosureMode> mode = Set.of();
        private Set<AdministrativeLevel> levels = Set.of();
        private Provenance provenance = Provenance.none();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** The stable code; null for none. */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /** 三级事项. */
        public Builder items(List<Item> value) {
            this.items = value;
            return this;
        }

        /** 公开内容 as values. */
        public Builder content(List<ContentElement> value) {
            this.content = value;
            return this;
        }

        /** 公开内容 as printed elements, each parsed with {@link ContentElement#parse}. */
        public Builder content(String... printed) {
            List<ContentElement> list = new ArrayList<>();
            for (String p : printed) {
                list.add(ContentElement.parse(p));
            }
            return content(list);
        }

        /** 公开依据 as values. */
        public Builder legalBasis(List<LegalReference> value) {
            this.legalBasis = value;
            return this;
        }

        /** 公开依据 as a printed cell, parsed with {@link LegalReference#parseAll}. */
        public Builder legalBasis(String cell) {
            return legalBasis(LegalReference.parseAll(cell));
        }

        /** 公开时限; null for absent. */
        public Builder deadline(Deadline value) {
            this.deadline = value;
            return this;
        }

        /** 公开时限 as printed, parsed with {@link Deadline#parse}. */
        public Builder deadline(String text) {
            return deadline(Deadline.parse(text));
        }

        /** 公开主体; null for absent. */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /** 公开渠道和载体. */
        public Builder channels(List<Channel> value) {
            this.channels = value;
            return this;
        }

        /** 公开渠道和载体 as printed labels, each parsed with {@link Channel#parse}. */
        public Builder channels(String... labels) {
            List<Channel> list = new ArrayList<>();
            for (String l : labels) {
                list.add(Channel.parse(l));
            }
            return channels(list);
        }

        /** 公开对象. */
        public Builder audience(Collection<Audience> value) {
            this.audience = enumSet(value, Audience.class);
            return this;
        }

        /** 公开对象. */
        public Builder audience(Audience... value) {
            return audience(List.of(value));
        }

        /** 公开方式. */
        public Builder mode(Collection<DisclosureMode> value) {
            this.mode = enumSet(value, DisclosureMode.class);
            return this;
        }

        /** 公开方式. */
        public Builder mode(DisclosureMode... value) {
            return mode(List.of(value));
        }

        /** 公开层级. */
        public Builder levels(Collection<AdministrativeLevel> value) {
            this.levels = enumSet(value, AdministrativeLevel.class);
            return this;
        }

        /** Provenance of the row. */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /** The category. */
        public Category build() {
            return new Category(Optional.ofNullable(code), name, items, content, legalBasis,
                    Optional.ofNullable(deadline), Optional.ofNullable(owner), channels, audience, mode, levels,
                    provenance);
        }
    }
}
