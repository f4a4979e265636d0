package org.oncolearn.authoring;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.oncolearn.account.Roles;
import org.oncolearn.bankimport.QuestionBankImport;
import org.oncolearn.bankimport.UnreadableBankException;
import org.oncolearn.contentimport.CourseArchive;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.ImportedBank;
import org.oncolearn.draft.Proposal;
import org.oncolearn.ui.MainLayout;
import org.oncolearn.ui.UploadTexts;

/**
 * Upload a document, see the proposed lessons and the fact check, adjust the lessons, create a draft course; or upload
 * a course zip or a question bank (Moodle XML, GIFT, QTI 3.0) and continue in the course editor.
 */
@Route(value = "educator/import", layout = MainLayout.class)
@RolesAllowed(Roles.EDUCATOR)
public class ImportView extends Div implements HasDynamicTitle {

    /** The larger of the two importers' limits; each importer then applies its own and says so. */
    static final int MAX_UPLOAD_BYTES = Math.max(DocumentImporter.MAX_BYTES, CourseArchive.MAX_UPLOAD_BYTES);

    private final DraftService drafts;
    private final AuthenticationContext authentication;
    private final Paragraph problem = new Paragraph();
    private final Div proposalArea = new Div();
    private final Upload upload = new Upload(new BoundedUpload());

    public ImportView(DraftService drafts, AuthenticationContext authentication) {
        this.drafts = drafts;
        this.authentication = authentication;
        addClassName("educator-view");
        add(new H1(getTranslation("import.title")));
        add(new Paragraph(getTranslation("import.document", DocumentImporter.MAX_BYTES / 1024)));
        add(new Paragraph(getTranslation("import.zip", CourseArchive.MAX_UPLOAD_BYTES / 1_000_000)));
        add(new Paragraph(getTranslation("import.bank")));
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(
                ".txt",
                ".md",
                ".markdown",
                ".html",
                ".htm",
                ".zip",
                ".xml",
                ".gift",
                "application/xml",
                "text/xml",
                "text/plain",
                "text/markdown",
                "text/html",
                "application/zip",
                "application/x-zip-compressed");
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload.label"));
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        add(upload, problem, proposalArea);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · OncoLearn";
    }

    void received(String fileName, byte[] bytes) {
        // With at most one file, a finished upload would block the next one until the educator removes it by hand.
        upload.clearFileList();
        if (QuestionBankImport.isBankName(fileName) || QuestionBankImport.isQtiPackage(fileName, bytes)) {
            receivedBank(fileName, bytes);
            return;
        }
        if (CourseArchive.isArchiveName(fileName)) {
            receivedArchive(fileName, bytes);
            return;
        }
        try {
            Proposal proposal = drafts.propose(fileName, bytes);
            problem.setText("");
            showProposal(proposal);
        } catch (UnreadableDocumentException e) {
            showProblem(e.message().in(getLocale()));
        }
    }

    private void receivedArchive(String fileName, byte[] bytes) {
        try {
            String educator = authentication.getPrincipalName().orElseThrow();
            UUID id = drafts.importCourseFiles(fileName, bytes, educator);
            problem.setText("");
            getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, id.toString()));
        } catch (UnreadableDocumentException e) {
            showProblem(e.message().in(getLocale()));
        }
    }

    /** Shows what was imported and what was skipped before the editor opens, since the editor cannot show that. */
    private void receivedBank(String fileName, byte[] bytes) {
        try {
            String educator = authentication.getPrincipalName().orElseThrow();
            ImportedBank imported = drafts.importQuestionBank(fileName, bytes, educator);
            problem.setText("");
            proposalArea.removeAll();
            proposalArea.add(new H2(getTranslation("import.bank.heading", fileName)));
            proposalArea.add(new Paragraph(getTranslation("import.bank.imported", imported.checks())));
            if (!imported.skipped().isEmpty()) {
                UnorderedList skipped = new UnorderedList();
                skipped.addClassName("skipped-questions");
                imported.skipped()
                        .forEach(s -> skipped.add(new ListItem(s.message().in(getLocale()))));
                proposalArea.add(
                        new Paragraph(getTranslation(
                                "import.bank.skipped", imported.skipped().size())),
                        skipped);
            }
            Button open = new Button(
                    getTranslation("import.bank.open"),
                    e -> getUI().ifPresent(ui -> ui.navigate(
                            CourseEditorView.class, imported.draftId().toString())));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            proposalArea.add(open);
        } catch (UnreadableBankException e) {
            showProblem(e.message().in(getLocale()));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        proposalArea.removeAll();
    }

    private void showProposal(Proposal proposal) {
        proposalArea.removeAll();
        proposalArea.add(new H2(getTranslation("import.proposal.heading", proposal.fileName())));
        FlagList flags = new FlagList();
        flags.show(drafts.flags(proposal), getTranslation("import.flagsIn", proposal.fileName()));
        ProposalEditor editor = new ProposalEditor(proposal, drafts::drafts);
        Button create = new Button(getTranslation("import.create"), e -> create(editor.proposal()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposalArea.add(flags, editor, create);
    }

    private void create(Proposal proposal) {
        if (proposal.title().isBlank()) {
            problem.setText(getTranslation("import.needsTitle"));
            return;
        }
        String educator = authentication.getPrincipalName().orElseThrow();
        UUID id = drafts.create(proposal, educator);
        getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, id.toString()));
    }

    /**
     * Reads an upload into memory, but never more than {@link #MAX_UPLOAD_BYTES} (plus one byte, to know it was
     * more): the browser's size limit is a courtesy that a hand-made request skips. Nothing is written to disk.
     */
    private final class BoundedUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String fileName = event.getFileName();
            byte[] bytes;
            if (event.getFileSize() > MAX_UPLOAD_BYTES) {
                bytes = null;
            } else {
                try (InputStream in = event.getInputStream()) {
                    bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
                }
            }
            UI ui = event.getUI();
            if (bytes == null || bytes.length > MAX_UPLOAD_BYTES) {
                String message = getTranslation("import.tooLarge", fileName, MAX_UPLOAD_BYTES / 1_000_000);
                event.reject(message);
                ui.access(() -> {
                    upload.clearFileList();
                    showProblem(message);
                });
                return;
            }
            ui.access(() -> received(fileName, bytes));
        }

        @Override
        public long getFileSizeMax() {
            return MAX_UPLOAD_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            // Room for the multipart headers around the file.
            return MAX_UPLOAD_BYTES + 64 * 1024L;
        }
    }
}
