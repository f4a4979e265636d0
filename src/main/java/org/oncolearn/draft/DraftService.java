package org.oncolearn.draft;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oncolearn.bankimport.QuestionBankImport;
import org.oncolearn.bankimport.ReadBank;
import org.oncolearn.bankimport.UnreadableBankException;
import org.oncolearn.contentimport.CourseArchive;
import org.oncolearn.contentimport.DocumentImporter;
import org.oncolearn.contentimport.ImportedDocument.Paragraph;
import org.oncolearn.contentimport.InvalidCourseException;
import org.oncolearn.contentimport.KnowledgeBaseFile;
import org.oncolearn.contentimport.UnreadableDocumentException;
import org.oncolearn.course.Check;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.draft.Proposal.ProposedLesson;
import org.oncolearn.draft.internal.DraftJson;
import org.oncolearn.draft.internal.DraftStore;
import org.oncolearn.drafting.CheckDrafter;
import org.oncolearn.drafting.ImportedCourse;
import org.oncolearn.drafting.KnowledgeLexicon;
import org.oncolearn.factcheck.DrugClassFlag;
import org.oncolearn.factcheck.DrugLexicon;
import org.oncolearn.factcheck.FactChecker;
import org.oncolearn.knowledge.KnowledgeBase;
import org.oncolearn.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the educator's import and draft screens do: read a document or a course zip, create a draft, save,
 * publish.
 */
@Service
public class DraftService {

    static final int MIN_OVERRIDE_REASON = 10;
    /** The longest file name the draft records (the length file systems allow). */
    static final int MAX_SOURCE_NAME = 255;

    private final DraftStore store;
    private final FactChecker checker;
    private final Clock clock;
    private final Optional<CheckDrafter> drafter;
    private static final Logger LOG = LoggerFactory.getLogger(DraftService.class);

    public DraftService(DraftStore store, Clock clock, @Value("${oncolearn.content.dir:quizzes}") Path contentRoot) {
        this.store = store;
        this.clock = clock;
        Optional<KnowledgeBase> knowledge = knowledge(contentRoot);
        DrugLexicon lexicon = DrugLexicon.forContent(contentRoot);
        this.checker = new FactChecker(
                knowledge.map(k -> KnowledgeLexicon.of(lexicon, k)).orElse(lexicon));
        this.drafter = knowledge.map(CheckDrafter::new);
    }

    /**
     * The knowledge base, when it loads. A broken knowledge base must not stop educators from importing: the lessons
     * are then created without drafted checks, and the problems are logged with file and line.
     */
    private static Optional<KnowledgeBase> knowledge(Path contentRoot) {
        try {
            return Optional.of(KnowledgeBaseFile.load(contentRoot));
        } catch (InvalidCourseException | UncheckedIOException e) {
            LOG.warn(
                    "Imports will not draft checks: the knowledge base in {} does not load:\n{}",
                    contentRoot.resolve(KnowledgeBaseFile.FOLDER),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The checks import will draft for each proposed lesson, so the educator knows before creating the course:
     * drafted for the whole course at once, exactly as {@link #create} drafts them.
     */
    public List<List<Check>> drafts(Proposal proposal) {
        return drafter.map(d -> ImportedCourse.drafted(proposal.title(), sections(proposal), d).lessons().stream()
                        .map(Lesson::checks)
                        .toList())
                .orElseGet(() ->
                        proposal.lessons().stream().map(l -> List.<Check>of()).toList());
    }

    private static List<ImportedCourse.Section> sections(Proposal proposal) {
        return proposal.lessons().stream()
                .map(l -> new ImportedCourse.Section(l.title().strip(), l.markdown()))
                .toList();
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
        String title = proposal.title().strip();
        store.insertCourse(id, title, sourceName(proposal.fileName()), proposal.format(), educator, clock.instant());
        List<ImportedCourse.Section> sections = sections(proposal);
        for (int i = 0; i < sections.size(); i++) {
            store.insertLesson(
                    id, i + 1, sections.get(i).title(), sections.get(i).markdown());
        }
        Course course = drafter.map(d -> ImportedCourse.drafted(title, sections, d))
                .orElseGet(() -> ImportedCourse.of(title, sections));
        store.saveCourseJson(id, course.title(), DraftJson.write(course), clock.instant(), educator);
        return id;
    }

    /**
     * Creates a new draft from an uploaded course zip (see {@link CourseArchive}). It never replaces a draft: a zip
     * of a course that already has drafts becomes one more draft of it.
     */
    @Transactional
    public UUID importCourseFiles(String fileName, byte[] bytes, String educator) throws UnreadableDocumentException {
        Course course = CourseArchive.read(fileName, bytes).load();
        UUID id = UUID.randomUUID();
        store.insertCourse(id, course.title(), sourceName(fileName), "zip", educator, clock.instant());
        store.saveCourseJson(id, course.title(), DraftJson.write(course), clock.instant(), educator);
        return id;
    }

    /**
     * Creates a new draft from a Moodle XML, GIFT or QTI 3.0 file: its multiple-choice questions become checks, one lesson per
     * category. The file is read whole before anything is stored, so a bad file creates nothing.
     */
    @Transactional
    public ImportedBank importQuestionBank(String fileName, byte[] bytes, String educator)
            throws UnreadableBankException {
        ReadBank bank = QuestionBankImport.read(fileName, bytes);
        if (bank.questions().isEmpty()) {
            throw new UnreadableBankException(
                    Message.of("bank.noQuestions", fileName, bank.skipped().size()));
        }
        Course course = QuestionBankImport.toCourse(bank, fileName);
        UUID id = UUID.randomUUID();
        String format = QuestionBankImport.format(fileName, bytes);
        store.insertCourse(id, course.title(), sourceName(fileName), format, educator, clock.instant());
        store.saveCourseJson(id, course.title(), DraftJson.write(course), clock.instant(), educator);
        return new ImportedBank(id, bank.questions().size(), bank.skipped());
    }

    /**
     * The uploaded file's name as the draft records it. The browser may send any name; one longer than the 255
     * characters that file systems and the column allow is shortened in the middle, keeping its extension.
     */
    static String sourceName(String fileName) {
        if (fileName.length() <= MAX_SOURCE_NAME) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.length() - dot <= 10 ? fileName.substring(dot) : "";
        return shortened(
                        fileName.substring(0, fileName.length() - extension.length()),
                        MAX_SOURCE_NAME - extension.length())
                + extension;
    }

    /** At most {@code max} characters, ending in "…" when shortened, never splitting a surrogate pair. */
    private static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    public List<DraftCourse> drafts() {
        return store.courses();
    }

    public Optional<DraftCourse> draft(UUID id) {
        return store.course(id);
    }
}
