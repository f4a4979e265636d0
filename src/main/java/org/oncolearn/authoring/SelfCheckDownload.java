package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.oncolearn.course.Course;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.SelfCheckExporter;

/** The patient self-check of a course as one web page that a care team can publish or hand out on a USB stick. */
class SelfCheckDownload extends Div {

    SelfCheckDownload(Course course, CourseExports exports) {
        addClassName("self-check-download");
        String fileName = SelfCheckExporter.fileName(course);
        add(new H2(getTranslation("export.selfCheck.title")));
        add(new Paragraph(getTranslation("export.selfCheck.text", SelfCheckExporter.questions(course))));
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> exports.selfCheck(course.id())
                        .map(file -> new DownloadResponse(
                                new ByteArrayInputStream(file.html()),
                                fileName,
                                "text/html; charset=utf-8",
                                file.html().length))
                        .orElseGet(() -> DownloadResponse.error(404, getTranslation("export.gone")))),
                AttachmentType.DOWNLOAD,
                getTranslation("export.selfCheck.download", fileName));
        link.addClassName("self-check-link");
        add(link);
    }
}
