package org.oncolearn.draft;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.draft.DraftCourse.DraftLesson;
import org.oncolearn.draft.Proposal.ProposedLesson;
import org.oncolearn.draft.internal.DraftStore;
import org.oncolearn.factcheck.DrugClassFlag;
import org.oncolearn.factcheck.DrugLexicon;
import org.oncolearn.factcheck.FactChecker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything the educator's import and draft screens do: read a document, create a draft, save, publish. */
@Service
public class DraftService {

    static final int MIN_OVERRIDE_REASON = 10;

    private final DraftStore store;
    private final FactChecker checker;
    private final Clock clock;

    public DraftService(DraftStore store, Clock clock, @Value("${oncolearn.content.dir:quizzes}") Path contentRoot) {
        this.store = store;
        this.clock = clock;
        this.checker = new FactChecker(DrugLexicon.forContent(contentRoot));
    }

    public Proposal propose(String fileName, byte[] bytes) throws UnreadableDocumentException {
        return Proposal.of(DocumentImporter.read(fileName, bytes));
    }

    /** Flags in a proposal, with the line numbers of the uploaded file. */
    public List<DrugClassFlag> flags(Proposal proposal) {
        List<DrugClassFlag> flags = new ArrayList<>();
        for (ProposedLesson lesson : proposal.lessons()) {
            for (Paragraph paragraph : lesson.paragraphs()) {
                flags.addAll(checker.check(paragraph.text(), paragraph.line()));
            }
        }
        return flags;
    }

    @Transactional
    public UUID create(Proposal proposal, String educator) {
        if (proposal.title().isBlank()) {
            throw new IllegalArgumentException("a course needs a title");
        }
        UUID id = UUID.randomUUID();
        store.insertCourse(
                id, proposal.title().strip(), proposal.fileName(), proposal.format(), educator, clock.instant());
        List<ProposedLesson> lessons = proposal.lessons();
        for (int i = 0; i < lessons.size(); i++) {
            store.insertLesson(
                    id, i + 1, lessons.get(i).title().strip(), lessons.get(i).markdown());
        }
        return id;
    }

    public List<DraftCourse> drafts() {
        return store.courses();
    }

    public Optional<DraftCourse> draft(UUID id) {
        return store.course(id);
    }

    public List<LessonFlags> flags(DraftCourse draft) {
        return draft.lessons().stream()
                .map(lesson -> new LessonFlags(lesson.position(), lesson.title(), lessonFlags(lesson)))
                .toList();
    }

    /** Saves a lesson and returns its flags after the change, so they show on every save. */
    @Transactional
    public LessonFlags saveLesson(UUID draftId, int position, String title, String body) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Lesson " + position + " needs a title.");
        }
        store.updateLesson(draftId, position, title.strip(), body == null ? "" : body, clock.instant());
        DraftLesson saved = new DraftLesson(position, title.strip(), body == null ? "" : body);
        return new LessonFlags(position, saved.title(), lessonFlags(saved));
    }

    /**
     * Publishes the draft. With open flags, only an explicit override with a reason goes through, and the flags,
     * the reason and the educator are recorded.
     */
    @Transactional
    public DraftCourse.Publication publish(UUID draftId, String educator, Optional<String> overrideReason) {
        DraftCourse draft = draft(draftId).orElseThrow(() -> new IllegalArgumentException("no draft " + draftId));
        List<String> open = flags(draft).stream()
                .flatMap(l -> l.flags().stream().map(f -> "lesson " + l.position() + " " + f.describe()))
                .toList();
        Optional<String> reason = overrideReason.map(String::strip).filter(r -> !r.isEmpty());
        if (!open.isEmpty() && reason.map(r -> r.length() < MIN_OVERRIDE_REASON).orElse(true)) {
            throw new UnresolvedFlagsException(open.size());
        }
        DraftCourse.Publication publication = new DraftCourse.Publication(
                educator,
                clock.instant(),
                open.stream().collect(Collectors.joining("\n")),
                open.isEmpty() ? Optional.empty() : reason);
        store.insertPublication(UUID.randomUUID(), draftId, publication);
        return publication;
    }

    private List<DrugClassFlag> lessonFlags(DraftLesson lesson) {
        List<DrugClassFlag> flags = new ArrayList<>(checker.check(lesson.title()));
        flags.addAll(checker.check(lesson.body()));
        return flags;
    }
}
