package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.oncolearn.export.Cmi5Format;
import org.oncolearn.export.CourseExporter;
import org.oncolearn.export.CourseExports;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;
import org.oncolearn.export.QuestionBankExporter;
import org.oncolearn.export.QuestionBankFormat;
import org.oncolearn.export.ScormStandard;

/** The download link for the chosen format; the file is built when the link is followed. */
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

    void show(ExportFormat format) {
        String fileName = exports.course(courseId)
                .map(course -> CourseExporter.fileName(course, format))
                .orElse(courseId + "-" + format.key());
        link.setHref(
                DownloadHandler.fromInputStream(event -> exports.export(courseId, format)
                        .map(PackageDownload::response)
                        .orElseGet(() -> DownloadResponse.error(404, getTranslation("export.gone")))),
                AttachmentType.DOWNLOAD);
        switch (format) {
            case ScormStandard standard -> {
                link.setText(getTranslation("export.download.package", standard.label(), fileName));
                note.setText(getTranslation("export.note.package"));
            }
            case Cmi5Format cmi5 -> {
                link.setText(getTranslation("export.download.package", cmi5.label(), fileName));
                note.setText(getTranslation("export.note.cmi5"));
            }
            case QuestionBankFormat bank -> {
                int questions = exports.course(courseId)
                        .map(QuestionBankExporter::questions)
                        .orElse(0);
                link.setText(getTranslation("export.download.bank", bank.label(), fileName));
                note.setText(getTranslation("export.note." + bank.key(), questions));
            }
        }
    }

    static DownloadResponse response(ExportedFile file) {
        return new DownloadResponse(file.open(), file.fileName(), file.mediaType(), file.size());
    }
}
