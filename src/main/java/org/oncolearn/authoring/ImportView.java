package org.oncolearn.authoring;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.oncolearn.account.Roles;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.draft.DraftService;
import org.oncolearn.draft.Proposal;
import org.oncolearn.ui.MainLayout;

/** Upload a document, see the proposed lessons and the fact check, adjust the lessons, create a draft course. */
@Route(value = "educator/import", layout = MainLayout.class)
@PageTitle("Import a document · OncoLearn")
@RolesAllowed(Roles.EDUCATOR)
public class ImportView extends Div {

    private final DraftService drafts;
    private final AuthenticationContext authentication;
    private final Paragraph problem = new Paragraph();
    private final Div proposalArea = new Div();

    public ImportView(DraftService drafts, AuthenticationContext authentication) {
        this.drafts = drafts;
        this.authentication = authentication;
        addClassName("educator-view");
        add(new H1("Import a document"));
        add(new Paragraph("Upload a patient leaflet or lecture notes as .txt, .md or .html (UTF-8, or HTML that "
                + "declares its encoding; at most " + DocumentImporter.MAX_BYTES / 1024 + " KB). Each section becomes"
                + " a lesson, which you can rename, merge or split before the draft is created."));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), bytes));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentImporter.MAX_BYTES);
        upload.setAcceptedFileTypes(
                ".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
        upload.getElement().setAttribute("aria-label", "Document to import");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        add(upload, problem, proposalArea);
    }

    void received(String fileName, byte[] bytes) {
        try {
            Proposal proposal = drafts.propose(fileName, bytes);
            problem.setText("");
            showProposal(proposal);
        } catch (UnreadableDocumentException e) {
            showProblem(e.getMessage());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        proposalArea.removeAll();
    }

    private void showProposal(Proposal proposal) {
        proposalArea.removeAll();
        proposalArea.add(new H2("Proposed course from " + proposal.fileName()));
        FlagList flags = new FlagList();
        flags.show(drafts.flags(proposal), " in " + proposal.fileName());
        ProposalEditor editor = new ProposalEditor(proposal);
        Button create = new Button("Create draft course", e -> create(editor.proposal()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposalArea.add(flags, editor, create);
    }

    private void create(Proposal proposal) {
        if (proposal.title().isBlank()) {
            problem.setText("The course needs a title.");
            return;
        }
        String educator = authentication.getPrincipalName().orElseThrow();
        UUID id = drafts.create(proposal, educator);
        getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, id.toString()));
    }
}
