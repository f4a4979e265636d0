package org.oncolearn.results;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.oncolearn.account.Roles;
import org.oncolearn.analysis.InvalidReportException;
import org.oncolearn.analysis.ItemStatistics;
import org.oncolearn.analysis.LmsReport;
import org.oncolearn.attempt.CourseResults;
import org.oncolearn.attempt.ResultsService;
import org.oncolearn.course.Course;
import org.oncolearn.ui.MainLayout;
import org.oncolearn.ui.UploadTexts;

/**
 * {@code /educator/results/COURSE}: how learners did (a table and its CSV) and how the checks worked (item analysis
 * of the answers given in the app, or of an uploaded LMS report). Educators only.
 */
@Route(value = "educator/results", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class ResultsView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final int MAX_UPLOAD_BYTES = LmsReport.MAX_BYTES;

    private final ResultsService service;
    private final Div learners = new Div();
    private final Div analysis = new Div();
    private final Paragraph problem = new Paragraph();
    private final Upload upload = new Upload(new BoundedUpload());
    private String courseId;
    private OptionalInt version = OptionalInt.empty();
    private String title;
    /** The course version whose learners are shown; an uploaded report's checks are named from it. */
    private Course shownCourse;

    public ResultsView(ResultsService service) {
        this.service = service;
        addClassName("educator-view");
        addClassName("results-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String courseId) {
        this.courseId = courseId;
        this.version = OptionalInt.empty();
        removeAll();
        service.results(courseId).ifPresentOrElse(this::show, this::showMissing);
    }

    private void show(CourseResults results) {
        title = getTranslation("results.title", results.course().title());
        add(new H1(title));
        if (results.versions().size() > 1) {
            add(versionChoice(results.versions()));
        }
        add(learners);

        add(new H2(getTranslation("analysis.heading")));
        add(new Paragraph(getTranslation("analysis.intro")));
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain", "application/vnd.ms-excel");
        upload.getElement().setAttribute("aria-label", getTranslation("analysis.upload.label"));
        upload.addFileRejectedListener(e -> problem.setText(e.getErrorMessage()));
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(getTranslation("analysis.upload.help", MAX_UPLOAD_BYTES / (1024 * 1024))), upload, problem);
        add(analysis);
        showResults(results);
    }

    /** Learners of one version, scored on its lessons; or of all, the current version's lessons as columns. */
    private Select<Integer> versionChoice(List<Integer> versions) {
        Select<Integer> choice = new Select<>();
        choice.setLabel(getTranslation("results.version"));
        choice.setItems(versions);
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("results.allVersions"));
        choice.setItemLabelGenerator(v -> v == null
                ? getTranslation("results.allVersions")
                : v == 0 ? getTranslation("results.versionFiles") : getTranslation("results.versionN", v));
        choice.addValueChangeListener(e -> {
            version = e.getValue() == null ? OptionalInt.empty() : OptionalInt.of(e.getValue());
            problem.setText("");
            service.results(courseId, version).ifPresent(this::showResults);
        });
        return choice;
    }

    private void showResults(CourseResults results) {
        learners.removeAll();
        learners.add(new Paragraph(
                getTranslation("results.summary", results.learners().size(), results.finished(), results.mastered())));
        learners.add(new H2(getTranslation("results.learners")));
        learners.add(new Paragraph(getTranslation("results.privacy")));
        if (!results.learners().isEmpty()) {
            learners.add(new ScrollingTable(new LearnerTable(results), getTranslation("results.learners")));
        }
        String fileName = results.course().id()
                + version.stream().mapToObj(v -> "-v" + v).findFirst().orElse("") + "-results.csv";
        OptionalInt shown = version;
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> service.results(courseId, shown)
                        .map(current -> {
                            byte[] csv = current.csv().getBytes(StandardCharsets.UTF_8);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(csv), fileName, "text/csv; charset=UTF-8", csv.length);
                        })
                        .orElseGet(() -> DownloadResponse.error(404, "The course is no longer available."))),
                AttachmentType.DOWNLOAD,
                getTranslation("results.download", fileName));
        download.addClassName("download-link");
        learners.add(new Paragraph(download));
        showAppAnalysis(results);
    }

    private void showAppAnalysis(CourseResults results) {
        analysis.removeAll();
        shownCourse = results.course();
        analysis.add(new ItemAnalysisPanel(
                getTranslation("analysis.source.app", results.answers().size()),
                results.itemAnalysis(),
                results.course()));
    }

    void received(String fileName, InputStream report) {
        try {
            List<ItemStatistics> items = service.analyseReport(courseId, version, report);
            problem.setText("");
            analysis.removeAll();
            Button back = new Button(
                    getTranslation("analysis.showApp"),
                    e -> service.results(courseId, version).ifPresent(this::showAppAnalysis));
            // In an "actions" row, whose buttons wrap their labels on a phone.
            Div actions = new Div(back);
            actions.addClassName("actions");
            analysis.add(
                    new ItemAnalysisPanel(getTranslation("analysis.source.report", fileName), items, shownCourse),
                    actions);
        } catch (InvalidReportException e) {
            problem.setText(getTranslation(
                    "analysis.upload.problem", fileName, e.message().in(getLocale())));
        } catch (IOException e) {
            problem.setText(getTranslation("analysis.upload.problem", fileName, e.getMessage()));
        }
    }

    private void showMissing() {
        title = getTranslation("results.heading");
        add(new H1(title));
        add(new Paragraph(getTranslation("results.missing", courseId)));
        add(new Anchor("educator", getTranslation("results.back")));
    }

    @Override
    public String getPageTitle() {
        return title + " · OncoLearn";
    }

    /**
     * Reads the report into memory, never more than {@link #MAX_UPLOAD_BYTES} plus one byte: the browser's limit is a
     * courtesy that a hand-made request skips. Nothing is written to disk.
     */
    private final class BoundedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String fileName = event.getFileName();
            byte[] bytes = null;
            if (event.getFileSize() <= MAX_UPLOAD_BYTES) {
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
                }
            }
            UI ui = event.getUI();
            if (bytes == null || bytes.length > MAX_UPLOAD_BYTES) {
                event.reject(fileName + " is too large");
                ui.access(() -> {
                    upload.clearFileList();
                    problem.setText(
                            getTranslation("analysis.upload.tooLarge", fileName, MAX_UPLOAD_BYTES / (1024 * 1024)));
                });
                return;
            }
            byte[] report = bytes;
            ui.access(() -> {
                // With at most one file, a finished upload would block the next one until removed by hand.
                upload.clearFileList();
                received(fileName, new ByteArrayInputStream(report));
            });
        }

        @Override
        public long getFileSizeMax() {
            return MAX_UPLOAD_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_UPLOAD_BYTES + 64 * 1024L;
        }
    }
}
