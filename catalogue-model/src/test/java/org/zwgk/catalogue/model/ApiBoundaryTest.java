package org.zwgk.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The exported packages never hand out an internal type, nor a Jackson or Hibernate type: callers depend on the
 * model's values only, so the implementation can change behind them.
 */
class ApiBoundaryTest {

    private static final List<String> EXPORTED = List.of("org/zwgk/catalogue/model/",
            "org/zwgk/catalogue/model/json/", "org/zwgk/catalogue/model/validation/");
    private static final List<String> FORBIDDEN = List.of(".internal.", "com.fasterxml.", "org.hibernate.");

    static List<Class<?>> exportedTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Catalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : EXPORTED) {
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    String name = (pkg + f.getFileName()).replace('/', '.').replaceAll("\\.class$", "");
                    if (!name.endsWith("module-info")) {
                        types.add(Class.forName(name, false, ApiBoundaryTest.class.getClassLoader()));
                    }
                }
            }
        }
        return types;
    }

    @Test
    void noPublicSignatureMentionsAnInternalJacksonOrHibernateType() throws Exception {
        List<Class<?>> types = exportedTypes();
        assertThat(types).contains(Deadline.Relative.class, Catalogue.Builder.class,
                org.zwgk.catalogue.model.json.CatalogueJson.class,
                org.zwgk.catalogue.model.validation.Violation.class);
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
            for (Type i : type.getGenericInterfaces()) {
                check(type.getName() + " implements", i, leaks);
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers())) {
                    check(type.getName() + "." + m.getName(), m.getGenericReturnType(), leaks);
                    parameters(type.getName() + "." + m.getName(), m, leaks);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    parameters(type.getName() + ".<init>", c, leaks);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(type.getName() + "#" + f.getName(), f.getGenericType(), leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void parameters(String where, Executable e, List<String> leaks) {
        for (Type p : e.getGenericParameterTypes()) {
            check(where, p, leaks);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(where + " throws", x, leaks);
        }
    }

    private static void check(String where, Type type, List<String> leaks) {
        if (type != null && FORBIDDEN.stream().anyMatch(type.getTypeName()::contains)) {
            leaks.add(where + ": " + type.getTypeName());
        }
    }
}
