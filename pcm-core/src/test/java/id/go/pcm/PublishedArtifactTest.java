package id.go.pcm;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pcm-core as a system embedding it takes it from Maven Central: its POM and the parent POM it
 * inherits (the two published with it) carry no Spring, which would otherwise manage the embedding
 * system's own versions, and carry what Central asks for (licence, SCM, URL, developers); the jar
 * carries the licence and notice.
 */
class PublishedArtifactTest {

    private static final Path PARENT_POM = Path.of("..", "pom.xml");
    private static final Path CORE_POM = Path.of("pom.xml");

    @Test
    void thePublishedPomsNameNoSpringArtifact() throws Exception {
        for (Path pom : List.of(PARENT_POM, CORE_POM)) {
            List<String> spring = new ArrayList<>();
            NodeList groupIds = read(pom).getElementsByTagName("groupId");
            for (int i = 0; i < groupIds.getLength(); i++) {
                String groupId = groupIds.item(i).getTextContent().strip();
                if (groupId.startsWith("org.springframework")) {
                    spring.add(groupId);
                }
            }
            assertEquals(List.of(), spring, pom + " names Spring: every system embedding pcm-core would inherit it");
        }
    }

    @Test
    void theParentPomCarriesWhatCentralAsksFor() throws Exception {
        Element project = read(PARENT_POM).getDocumentElement();
        assertTrue(text(project, "url").startsWith("https://"), "url");
        Element license = child(child(project, "licenses"), "license");
        assertEquals("Apache License, Version 2.0", text(license, "name"));
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0.txt", text(license, "url"));
        Element scm = child(project, "scm");
        assertTrue(text(scm, "connection").startsWith("scm:git:"), "scm connection");
        assertTrue(text(scm, "developerConnection").startsWith("scm:git:"), "scm developerConnection");
        assertTrue(text(scm, "url").startsWith("https://"), "scm url");
        assertFalse(text(child(child(project, "developers"), "developer"), "name").isEmpty(), "a developer's name");

        Element core = read(CORE_POM).getDocumentElement();
        assertFalse(text(core, "name").isEmpty(), "pcm-core's name");
        assertFalse(text(core, "description").isEmpty(), "pcm-core's description");
    }

    @Test
    void theJarCarriesTheLicenceAndTheNotice() throws Exception {
        byte[] licence = Files.readAllBytes(Path.of("..", "LICENSE"));
        assertTrue(new String(licence, StandardCharsets.UTF_8).strip()
                .startsWith("Apache License\n                           Version 2.0, January 2004"), "LICENSE is Apache-2.0's text");
        assertArrayEquals(licence, Files.readAllBytes(Path.of("target", "classes", "META-INF", "LICENSE")));
        assertArrayEquals(Files.readAllBytes(Path.of("..", "NOTICE")),
                Files.readAllBytes(Path.of("target", "classes", "META-INF", "NOTICE")));
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /** The element's one direct child of that name; fails if it has none. */
    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }
}
