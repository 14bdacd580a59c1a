package org.zwgk.catalogue.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * catalogue-bom has no parent (so that importing it brings our versions only), so nothing but this test keeps it
 * in step with the build: the same version as the parent, and every module the build publishes in it.
 */
class CatalogueBomTest {

    private static final Path ROOT = Path.of(System.getProperty("zwgk.dist.root", ".."));

    @Test
    void bomHasTheParentsVersionAndEveryPublishedModule() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        Element bom = read(ROOT.resolve("catalogue-bom/pom.xml"));
        assertThat(child(bom, "version")).isEqualTo(child(parent, "version"));

        List<String> managed = new ArrayList<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }
        assertThat(managed).containsAll(publishedLibraries(parent)).doesNotHaveDuplicates();
    }

    /** Modules whose jar users depend on: not the BOM, the archive, a Maven plugin, or one that is not deployed. */
    private static List<String> publishedLibraries(Element parent) throws Exception {
        List<String> published = new ArrayList<>();
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            Element pom = read(ROOT.resolve(module).resolve("pom.xml"));
            String packaging = child(pom, "packaging");
            boolean notDeployed = pom.getElementsByTagName("maven.deploy.skip").getLength() > 0
                    && "true".equals(pom.getElementsByTagName("maven.deploy.skip").item(0).getTextContent().trim());
            if (packaging.equals("pom") || packaging.equals("maven-plugin") || notDeployed) {
                continue;
            }
            published.add(child(pom, "artifactId"));
        }
        assertThat(published).as("the library modules").contains("catalogue-model", "catalogue-rules");
        return published;
    }

    private static Element read(Path pom) throws Exception {
        assertThat(pom).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(pom)) {
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        }
    }

    /** The text of a direct child element, "jar" for a missing packaging, "" for any other missing element. */
    private static String child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return name.equals("packaging") ? "jar" : "";
    }
}
