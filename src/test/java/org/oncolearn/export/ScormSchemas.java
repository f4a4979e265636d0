package org.oncolearn.export;

import java.io.IOException;
import java.io.StringReader;
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
 * Offline validation of manifests against the official SCORM schemas kept read-only in {@code ../shared/scorm-schemas}
 * (resolved through its XML catalog), or against the schema files a package carries. Network access is switched off,
 * so a reference that does not resolve locally fails instead of downloading.
 */
final class ScormSchemas {

    private ScormSchemas() {}

    /** The shared folder beside the project; the build passes its location, and a checkout elsewhere falls back. */
    static Path sharedFolder() {
        Path configured = Path.of(System.getProperty("oncolearn.scorm-schemas", "../shared/scorm-schemas"));
        Path fallback = Path.of("/work/shared/scorm-schemas");
        Path folder = Files.isDirectory(configured) ? configured : fallback;
        if (!Files.isRegularFile(folder.resolve("catalog.xml"))) {
            throw new IllegalStateException("the official SCORM schemas are not at " + configured.toAbsolutePath()
                    + " or " + fallback + "; set -Doncolearn.scorm-schemas to their folder");
        }
        return folder;
    }

    /** Problems found validating against the official schemas through the shared driver schema and catalog. */
    static List<String> validateOfficial(String manifest, ScormStandard standard) throws IOException, SAXException {
        Path folder = sharedFolder();
        SchemaFactory factory = offlineFactory();
        CatalogFeatures features = CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.RESOLVE, "continue")
                .build();
        factory.setResourceResolver(CatalogManager.catalogResolver(
                features, folder.resolve("catalog.xml").toUri()));
        String driver = standard == ScormStandard.SCORM12 ? "scorm12-driver.xsd" : "scorm2004-driver.xsd";
        Schema schema = factory.newSchema(folder.resolve(driver).toFile());
        return validate(schema, manifest, null);
    }

    /** Problems found validating with only the schema files inside an unzipped package, as its schemaLocation says. */
    static List<String> validateWithPackagedSchemas(Path packageFolder) throws IOException, SAXException {
        Schema schema = offlineFactory().newSchema();
        Path manifest = packageFolder.resolve("imsmanifest.xml");
        return validate(schema, Files.readString(manifest), manifest.toUri().toString());
    }

    private static SchemaFactory offlineFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
        // IMS's SCORM 1.2 metadata schema breaks the Unique Particle Attribution rule; every SCORM tool accepts it,
        // so the extra schema-correctness checks are switched off (instance validation stays complete).
        factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
        return factory;
    }

    private static List<String> validate(Schema schema, String manifest, String systemId)
            throws IOException, SAXException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
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
        StreamSource source = new StreamSource(new StringReader(manifest));
        source.setSystemId(systemId);
        validator.validate(source);
        return problems;
    }
}
