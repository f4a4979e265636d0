package org.oncolearn.export.internal;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Velocity set up the strict way: templates come from the classpath only, an undefined reference is an error rather
 * than literal text in a package, and every inserted value goes through an escaper: {@link MarkupEscaper} for markup,
 * or the one a text format such as GIFT needs.
 */
final class Templates {

    private final VelocityEngine engine;
    private final ReferenceInsertionEventHandler escaper;

    Templates() {
        this(new MarkupEscaper());
    }

    Templates(ReferenceInsertionEventHandler escaper) {
        this.escaper = escaper;
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        settings.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        settings.setProperty("resource.loader.class.cache", "true");
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, RuntimeConstants.ENCODING_DEFAULT);
        engine = new VelocityEngine(settings);
        engine.init();
    }

    String render(String templatePath, Map<String, Object> model) {
        Template template = engine.getTemplate("templates/" + templatePath);
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(escaper);
        events.attachToContext(context);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
