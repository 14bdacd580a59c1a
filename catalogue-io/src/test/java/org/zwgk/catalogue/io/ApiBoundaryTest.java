package org.zwgk.catalogue.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The public API never hands out an internal type, nor a POI, commons-csv, jsoup, ICU or Jackson one. */
class ApiBoundaryTest {

    private static final List<Class<?>> API = List.of(CatalogueReader.class, CatalogueWriter.class, Format.class,
            ReadResult.class, CategorySources.class, UnreadableInputException.class);
    private static final List<String> FORBIDDEN = List.of(".internal.", "org.apache.", "org.jsoup.", "com.ibm.icu.",
            "com.fasterxml.");

    @Test
    void noPublicSignatureMentionsAnInternalOrLibraryType() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : API) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    check(type.getSimpleName() + "." + m.getName(), m.getGenericReturnType(), leaks);
                    for (Type p : m.getGenericParameterTypes()) {
                        check(type.getSimpleName() + "." + m.getName(), p, leaks);
                    }
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    for (Type p : c.getGenericParameterTypes()) {
                        check(type.getSimpleName() + ".<init>", p, leaks);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static void check(String where, Type type, List<String> leaks) {
        for (String forbidden : FORBIDDEN) {
            if (type.getTypeName().contains(forbidden)) {
                leaks.add(where + ": " + type.getTypeName());
            }
        }
    }
}
