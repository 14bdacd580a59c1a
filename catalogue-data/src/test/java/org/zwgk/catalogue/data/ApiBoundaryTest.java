package org.zwgk.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The public API never hands out a type from the unexported internal package. */
class ApiBoundaryTest {

    private static final List<Class<?>> API = List.of(Editions.class, EditionInfo.class, EditionKind.class,
            LegalRegistry.class, LegalInstrument.class, InstrumentVersion.class, InstrumentStatus.class,
            Provision.class, Resolution.class, Resolution.Outcome.class);

    @Test
    void noPublicSignatureMentionsAnInternalType() {
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
        if (type.getTypeName().contains(".internal.")) {
            leaks.add(where + ": " + type.getTypeName());
        }
    }
}
