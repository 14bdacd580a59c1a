package org.zwgk.catalogue.model.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.zwgk.catalogue.model.Area;
import org.zwgk.catalogue.model.Catalogue;
import org.zwgk.catalogue.model.Category;
import org.zwgk.catalogue.model.CategoryField;
import org.zwgk.catalogue.model.validation.Violation;

/** Runs Hibernate Validator and turns its violations into {@link Violation}s. */
public final class BeanValidation {

    /** Orders paths so that areas[10] comes after areas[9]. */
    public static final Comparator<String> PATH_ORDER = Comparator.comparing(BeanValidation::sortKey);

    private static final String BUNDLE = "/org/zwgk/catalogue/model/ValidationMessages";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ResourceBundleMessageInterpolator(BeanValidation::bundle))
            .buildValidatorFactory();
    private static final ConcurrentMap<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Locale, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private BeanValidation() {
    }

    /** Validates; the messages are rendered in {@code locale}. */
    public static List<Violation> validate(Catalogue catalogue, Locale locale) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Validator validator = VALIDATORS.computeIfAbsent(effective, l -> FACTORY.usingContext()
                .messageInterpolator(new FixedLocale(FACTORY.getMessageInterpolator(), l)).getValidator());
        // A constraint on a record component is seen on both the field and the accessor: keep one of each.
        Set<Violation> out = new LinkedHashSet<>();
        for (ConstraintViolation<Catalogue> v : validator.validate(catalogue)) {
            out.add(toViolation(catalogue, v));
        }
        return new ArrayList<>(out);
    }

    private static Violation toViolation(Catalogue catalogue, ConstraintViolation<Catalogue> v) {
        String template = v.getMessageTemplate();
        String id = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        Area area = null;
        Category category = null;
        CategoryField field = null;
        String previous = null;
        for (Path.Node node : v.getPropertyPath()) {
            Integer index = node.getIndex();
            if ("categories".equals(previous) && index != null && area != null && index < area.categories().size()) {
                category = area.categories().get(index);
            } else if ("areas".equals(previous) && index != null && index < catalogue.areas().size()) {
                area = catalogue.areas().get(index);
            }
            if (node.getName() != null) {
                previous = node.getName();
                if (category != null) {
                    field = CategoryField.fromJsonName(node.getName()).orElse(field);
                }
            }
        }
        // A blank name names nothing: the violation is then located by its path alone.
        return new Violation(id, v.getPropertyPath().toString(),
                Optional.ofNullable(area).map(Area::name).filter(n -> !n.isBlank()),
                Optional.ofNullable(category).map(Category::name).filter(n -> !n.isBlank()),
                Optional.ofNullable(field), v.getMessage());
    }

    /**
     * The messages in {@code locale}'s language (English for en, Chinese otherwise), read by this module's own
     * class: Hibernate's PlatformResourceBundleLocator reads through a class loader, which on the module path does
     * not see a resource in a package this module does not open, and the messages came out as {key}.
     */
    private static ResourceBundle bundle(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return BUNDLES.computeIfAbsent(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, l -> {
            Map<String, String> texts = new HashMap<>();
            for (String suffix : english ? List.of("", "_en") : List.of("", "_zh", "_zh_CN")) {
                try (InputStream in = BeanValidation.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
                    if (in != null) {
                        Properties p = new Properties();
                        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                        p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new MapBundle(Map.copyOf(texts));
        });
    }

    /** A resource bundle over a map, the more specific file's texts over the default's. */
    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> texts;

        MapBundle(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }

    private static String sortKey(String path) {
        Matcher m = INDEX.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.format(Locale.ROOT, "[%08d]", Integer.parseInt(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Renders every message in one locale, whatever the caller's default locale is. */
    private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignored) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
