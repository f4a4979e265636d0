package org.oncolearn.export;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Offline validation against the cmi5 course structure schema kept read-only in
 * {@code ../shared/interop-schemas/cmi5} (never copied into the project); it imports nothing, and network access is
 * switched off all the same.
 */
final class Cmi5Schemas {

    private Cmi5Schemas() {}

    static Schema courseStructure() throws SAXException {
        Path configured = Path.of(System.getProperty("oncolearn.interop-schemas", "../shared/interop-schemas"));
        Path fallback = Path.of("/work/shared/interop-schemas");
        Path file = (Files.isDirectory(configured) ? configured : fallback).resolve("cmi5/CourseStructure.xsd");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the cmi5 schema is not at " + configured.toAbsolutePath() + " or "
                    + fallback + "; set -Doncolearn.interop-schemas to its folder");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(file.toFile());
    }
}
