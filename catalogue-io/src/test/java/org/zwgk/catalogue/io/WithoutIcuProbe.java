package org.zwgk.catalogue.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.zwgk.catalogue.model.Problem;

/**
 * Run by {@link WithoutIcuTest} in a JVM without ICU4J: reads the file named by the first argument and prints
 * whether ICU is visible, the number of categories read, each problem and the first category's name.
 */
public final class WithoutIcuProbe {

    private WithoutIcuProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("icu " + icuVisible());
        ReadResult read = CatalogueReader.read(Files.readAllBytes(Path.of(args[0])), "county.csv",
                ReadLimits.defaults());
        System.out.println("categories " + read.catalogue().categoryCount());
        for (Problem p : read.problems()) {
            System.out.println("problem " + p.describe(Locale.ENGLISH));
        }
        System.out.println("first " + read.catalogue().categories().get(0).name());
    }

    private static boolean icuVisible() {
        try {
            Class.forName("com.ibm.icu.text.Transliterator");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
