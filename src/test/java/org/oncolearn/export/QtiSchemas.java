package org.oncolearn.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Offline validation against the QTI 3.0 schemas kept read-only in {@code ../shared/interop-schemas/qti3} (never copied
 * into the project), through that folder's XML catalog and with network access switched off, as for SCORM.
 */
final class QtiSchemas {

    /** The 3.0.1 ASI schema, and the official 3.0 SBAC profile, which also rejects misspelt attributes. */
    static final List<String> ASSESSMENT =
            List.of("asi/imsqti_asiv3p0p1_v1p0.xsd", "qtiv3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd");

    static final String MANIFEST = "qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd";

    private QtiSchemas() {}

    static Path folder() {
        Path configured = Path.of(System.getProperty("oncolearn.interop-schemas", "../shared/interop-schemas"));
        Path fallback = Path.of("/work/shared/interop-schemas");
        Path folder = (Files.isDirectory(configured) ? configured : fallback).resolve("qti3");
        if (!Files.isRegularFile(folder.resolve("catalog.xml"))) {
            throw new IllegalStateException("the QTI 3.0 schemas are not at " + configured.toAbsolutePath() + " or "
                    + fallback + "; set -Doncolearn.interop-schemas to their folder");
        }
        return folder;
    }

    static Schema load(String file) throws SAXException {
        Path folder = folder();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        factory.setResourceResolver(CatalogManager.catalogResolver(
                CatalogFeatures.builder()
                        .with(CatalogFeatures.Feature.RESOLVE, "continue")
                        .build(),
                folder.resolve("catalog.xml").toUri()));
        return factory.newSchema(folder.resolve(file).toFile());
    }

    /** Every problem the schema finds, as {@code line n: message}. */
    static List<String> problems(Schema schema, byte[] document) throws IOException, SAXException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        return problems;
    }
}
