package org.oncolearn.authoring;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Function;
import org.oncolearn.export.ExportFormat;
import org.oncolearn.export.ExportedFile;

/**
 * One download link per export format, as a list so the links never run together, each naming the file it gives
 * ({@code immunotherapy-v3-scorm12.zip}); the file is built when its link is followed.
 */
class ExportLinks extends UnorderedList {

    /**
     * @param label the link's text for a format and its file name
     * @param fileName the name the file will have
     * @param build builds the file
     */
    ExportLinks(
            Function<ExportFormat, String> label,
            Function<ExportFormat, String> fileName,
            Function<ExportFormat, ExportedFile> build) {
        addClassName("export-links");
        for (ExportFormat format : ExportFormat.all()) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(event -> PackageDownload.response(build.apply(format))),
                    AttachmentType.DOWNLOAD,
                    label.apply(format) + " (" + fileName.apply(format) + ")");
            link.addClassName("download-link");
            add(new ListItem(link));
        }
    }
}
