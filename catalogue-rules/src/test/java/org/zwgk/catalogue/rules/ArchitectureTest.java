package org.zwgk.catalogue.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the design: the model knows no engine, and no public API signature exposes an internal type. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.zwgk.catalogue");

    @Test
    void theModelDependsOnNoEngineCode() {
        noClasses().that().resideInAPackage("org.zwgk.catalogue.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zwgk.catalogue.rules..",
                        "org.zwgk.catalogue.io..", "org.zwgk.catalogue.data..", "org.zwgk.catalogue.cli..")
                .check(CLASSES);
    }

    @Test
    void rulesDependOnNoReaderImplementationOrCommandLine() {
        noClasses().that().resideInAPackage("org.zwgk.catalogue.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.zwgk.catalogue.io.internal..",
                        "org.zwgk.catalogue.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSpreadsheetRendererUsesPoi() {
        noClasses().that().resideInAPackage("org.zwgk.catalogue.rules..")
                .and().resideOutsideOfPackage("org.zwgk.catalogue.rules.internal.render.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .because("the engine and the other renderers must not need a spreadsheet library")
                .check(CLASSES);
    }

    @Test
    void noPublicApiSignatureExposesAnInternalOrThirdPartyType() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (c.getPackageName().contains(".internal") || !c.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
                continue;
            }
            Class<?> type = c.reflect();
            for (Method m : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                check(leaks, type, m.getName(), m.getGenericReturnType().getTypeName());
                for (var p : m.getGenericParameterTypes()) {
                    check(leaks, type, m.getName(), p.getTypeName());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    check(leaks, type, rc.getName(), rc.getGenericType().getTypeName());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static void check(List<String> leaks, Class<?> owner, String member, String typeName) {
        if (typeName.contains(".internal.") || typeName.contains("com.fasterxml") || typeName.contains("org.apache.")
                || typeName.contains("com.ibm.icu") || typeName.contains("org.jsoup") || typeName.contains("picocli")) {
            leaks.add(owner.getName() + "#" + member + ": " + typeName);
        }
    }
}
