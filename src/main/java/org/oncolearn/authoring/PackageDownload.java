package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.ScormExporter;
import org.oncolearn.export.ScormPackage;
import org.oncolearn.export.ScormStandard;

/** The download link for the chosen standard; the package is built when the link is followed. */
class PackageDownload extends Div {

    private final String courseId;
    private final CourseExports exports;
    private final Anchor link = new Anchor();
    private final Paragraph note = new Paragraph();

    PackageDownload(String courseId, CourseExports exports) {
        this.courseId = courseId;
        this.exports = exports;
        addClassName("package-download");
        link.addClassName("download-link");
        add(link, note);
    }

    void show(ScormStandard standard) {
        String fileName = exports.course(courseId)
                .map(course -> ScormExporter.fileName(course, standard))
                .orElse(courseId + "-" + standard.key() + ".zip");
        link.setHref(
                DownloadHandler.fromInputStream(event -> exports.export(courseId, standard)
                        .map(PackageDownload::response)
                        .orElseGet(() -> DownloadResponse.error(404, "The course is no longer available."))),
                AttachmentType.DOWNLOAD);
        link.setText("Download the " + standard.label() + " package (" + fileName + ")");
        note.setText("Upload the zip file as it is; do not unzip it first.");
    }

    private static DownloadResponse response(ScormPackage pkg) {
        return new DownloadResponse(pkg.open(), pkg.fileName(), "application/zip", pkg.size());
    }
}
