package org.oncolearn.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Source;
import org.oncolearn.knowledge.Biomarker;
import org.oncolearn.knowledge.Drug;
import org.oncolearn.knowledge.DrugClass;
import org.oncolearn.knowledge.KnowledgeBase;

/**
 * Drafts checks for a lesson's text from the knowledge base: for each drug the text names, which class it belongs
 * to, what kind of drug it is, which tumour feature is tested before it, and, in plain words for patients, how it
 * works. (No side-effect template yet: a distractor side effect of another drug can also be true of this one, e.g.
 * low magnesium with both cisplatin and panitumumab, and the knowledge base does not yet say what a drug does not
 * cause.) Every key and every distractor is a knowledge-base fact about this drug or
 * a sibling entry, and every rationale cites the facts' sources. Drafts are proposals: an educator accepts, edits or
 * rejects each one before anything reaches learners.
 */
public final class CheckDrafter {

    /** The objectives the drafts test, added to the lesson when a draft is accepted. */
    public static final Map<String, String> OBJECTIVES = objectives();

    static final String CLASS = "K1";
    static final String KIND = "K2";
    static final String TEST_FIRST = "K3";
    static final String PLAIN = "K4";

    private static final int OPTIONS = 4;
    private static final Map<String, String> CATEGORY_LABELS = Map.of(
            "immunotherapy", "An immunotherapy: it works through the immune system",
            "targeted", "A targeted drug: it blocks a molecule that the cancer depends on",
            "chemotherapy", "Chemotherapy: it damages cells that are dividing",
            "immunosuppressant", "An immunosuppressant: it damps the immune system, e.g. after a transplant");

    private static final int EXAMPLES = 3;
    /** How texts name each kind of drug; the same kinds the fact check knows. */
    private static final Map<String, Pattern> KIND_WORDS = Map.of(
            "immunotherapy",
            Pattern.compile("\\b(immunotherap|immune therap|checkpoint inhibitor)", Pattern.CASE_INSENSITIVE),
            "targeted",
            Pattern.compile("\\btargeted (therap|drug|medicine|treatment|agent)", Pattern.CASE_INSENSITIVE),
            "chemotherapy",
            Pattern.compile("\\bchemotherap", Pattern.CASE_INSENSITIVE),
            "immunosuppressant",
            Pattern.compile("\\bimmunosuppress", Pattern.CASE_INSENSITIVE));

    private static final List<String> KINDS = List.of("immunotherapy", "targeted", "chemotherapy", "immunosuppressant");

    private final KnowledgeBase knowledge;

    public CheckDrafter(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    private static Map<String, String> objectives() {
        Map<String, String> objectives = new LinkedHashMap<>();
        objectives.put(CLASS, "Name the class and target of each drug this lesson mentions.");
        objectives.put(KIND, "Tell immunotherapy, targeted drugs, chemotherapy and immunosuppressants apart.");
        objectives.put(TEST_FIRST, "Explain which tumour feature is tested before a targeted drug, and why.");
        objectives.put(PLAIN, "Explain in plain words how these medicines work.");
        return java.util.Collections.unmodifiableMap(objectives);
    }

    /** The drugs a text names, by generic name or brand as whole words, in the order they first appear. */
    public List<Drug> drugsIn(String text) {
        Map<Drug, Integer> found = new LinkedHashMap<>();
        for (Drug drug : knowledge.drugs()) {
            List<String> names = new ArrayList<>(drug.brands());
            names.add(drug.name());
            for (String name : names) {
                Matcher matcher = Pattern.compile(
                                "(?<![\\p{L}\\d-])" + Pattern.quote(name) + "(?![\\p{L}\\d-])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(text);
                if (matcher.find()) {
                    found.merge(drug, matcher.start(), Math::min);
                }
            }
        }
        return found.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Checks drafted for a lesson: for each drug named, one check per template that the knowledge base can support.
     *
     * @param idPrefix the start of each check id, e.g. the lesson's letter; ids are {@code <prefix>-d1}, …
     */
    public List<DraftedCheck> draft(String lessonText, String idPrefix) {
        return draft(lessonText, idPrefix, new HashSet<>());
    }

    /**
     * Checks drafted for one lesson of a course, leaving out what earlier lessons already ask: a kind of drug that
     * several lessons speak of gets other example drugs in each.
     *
     * @param asked what the course's lessons ask so far (see {@link #signature}); the new drafts are added to it
     */
    public List<DraftedCheck> draft(String lessonText, String idPrefix, Set<String> asked) {
        List<DraftedCheck> drafts = new ArrayList<>();
        java.util.function.Predicate<DraftedCheck> isNew = d -> asked.add(signature(d.check()));
        for (Drug drug : drugsIn(lessonText)) {
            classCheck(drug).filter(isNew).ifPresent(drafts::add);
            kindCheck(drug).filter(isNew).ifPresent(drafts::add);
            testFirstCheck(drug).filter(isNew).ifPresent(drafts::add);
            plainCheck(drug).filter(isNew).ifPresent(drafts::add);
        }
        // A class or a tumour feature named without a drug ("PARP inhibitors", "HER2"): asked about through the first
        // drug of that class, or the first drug whose use needs that test, that the course does not ask about yet.
        for (DrugClass drugClass : classesIn(lessonText)) {
            knowledge.drugsOf(drugClass).stream()
                    .map(this::classCheck)
                    .flatMap(Optional::stream)
                    .filter(isNew)
                    .findFirst()
                    .ifPresent(drafts::add);
        }
        for (Biomarker marker : biomarkersIn(lessonText)) {
            knowledge.drugs().stream()
                    .map(drug -> testFirstCheck(drug, marker))
                    .flatMap(Optional::stream)
                    .filter(isNew)
                    .findFirst()
                    .ifPresent(drafts::add);
        }
        for (String kind : kindsIn(lessonText)) {
            List<Drug> examples = examplesOf(kind);
            examples.stream()
                    .map(example -> whichDrugCheck(kind, example))
                    .flatMap(Optional::stream)
                    .filter(isNew)
                    .limit(EXAMPLES)
                    .forEach(drafts::add);
            if (kind.equals("targeted")) {
                // The reason to test a tumour first is the heart of targeted therapy: one check for the first example
                // whose use needs a test.
                examples.stream()
                        .map(this::testFirstCheck)
                        .flatMap(Optional::stream)
                        .filter(isNew)
                        .findFirst()
                        .ifPresent(drafts::add);
            }
            examples.stream()
                    .map(this::plainCheck)
                    .flatMap(Optional::stream)
                    .filter(isNew)
                    .findFirst()
                    .ifPresent(drafts::add);
        }
        List<DraftedCheck> numbered = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            DraftedCheck d = drafts.get(i);
            Check c = d.check();
            // Keys spread over the positions, in case a learner sees them unshuffled (an export without a player).
            List<Option> options = keyAt(c.options(), i % c.options().size());
            numbered.add(new DraftedCheck(
                    new Check(
                            idPrefix + "-d" + (i + 1),
                            c.level(),
                            c.type(),
                            c.objective(),
                            c.stem(),
                            options,
                            c.sources(),
                            c.ask(),
                            c.review(),
                            true),
                    d.objectiveCode(),
                    d.objectiveText(),
                    d.template()));
        }
        return numbered;
    }

    /** What makes two drafts the same question: the stem and the key ("Which of these drugs is …?" has several). */
    static String signature(Check check) {
        return check.stem() + "\n"
                + check.options().stream().filter(Option::key).map(Option::text).toList();
    }

    /**
     * The classes a text names ("PARP inhibitors", "a PD-1 inhibitor"), by the class name before any bracket, in the
     * singular or plural; "checkpoint" may be left out.
     */
    public List<DrugClass> classesIn(String text) {
        return knowledge.classes().values().stream()
                .filter(c -> {
                    String name = c.name().replaceAll("\\s*\\(.*$", "").strip();
                    List<String> forms = new ArrayList<>(List.of(name));
                    if (name.contains(" checkpoint inhibitor")) {
                        forms.add(name.replace(" checkpoint inhibitor", " inhibitor"));
                    }
                    return forms.stream()
                            .anyMatch(form -> wholeWords(Pattern.quote(form) + "s?", Pattern.CASE_INSENSITIVE)
                                    .matcher(text)
                                    .find());
                })
                .toList();
    }

    /**
     * The tumour features a text names, by the short names people write: the acronym that starts the biomarker's name
     * ("HER2", "EGFR", "KRAS", "BRCA1") or one in its brackets ("MSI-H", "dMMR").
     */
    public List<Biomarker> biomarkersIn(String text) {
        return knowledge.biomarkers().values().stream()
                // Acronyms keep their case: "RET" is a gene, "ret" is not.
                .filter(b -> shortNames(b).stream()
                        .anyMatch(n -> wholeWords(n, 0).matcher(text).find()))
                .toList();
    }

    private static final Pattern ACRONYM = Pattern.compile("[A-Za-z]*[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?");

    static List<String> shortNames(Biomarker marker) {
        List<String> names = new ArrayList<>();
        String first = marker.name().split("\\s+", 2)[0];
        for (String part : first.split("/")) {
            if (ACRONYM.matcher(part).matches()) {
                names.add(Pattern.quote(part));
            }
        }
        Matcher bracket = Pattern.compile("\\(([^)]+)\\)").matcher(marker.name());
        while (bracket.find()) {
            String inside = bracket.group(1).strip();
            if (ACRONYM.matcher(inside).matches()) {
                names.add(Pattern.quote(inside));
            }
        }
        return names;
    }

    private static Pattern wholeWords(String regex, int flags) {
        return Pattern.compile("(?<![\\p{L}\\d-])" + regex + "(?![\\p{L}\\d])", flags);
    }

    /** The kinds of drug a text speaks of in general ("targeted therapies"), in a fixed order. */
    public List<String> kindsIn(String text) {
        return KINDS.stream()
                .filter(k -> KIND_WORDS.get(k).matcher(text).find())
                .toList();
    }

    /** Drugs of a kind, in a stable order that spreads the examples over classes. */
    private List<Drug> examplesOf(String kind) {
        List<Drug> ofKind = knowledge.drugs().stream()
                .filter(d -> d.drugClass().category().equals(kind))
                .toList();
        List<Drug> spread = new ArrayList<>();
        Set<DrugClass> classesUsed = new LinkedHashSet<>();
        for (Drug drug : ofKind) {
            if (classesUsed.add(drug.drugClass())) {
                spread.add(drug);
            }
        }
        ofKind.stream().filter(d -> !spread.contains(d)).forEach(spread::add);
        return spread;
    }

    /**
     * Which of four drugs is of the kind the text speaks of; distractors are drugs of the other kinds, never one that
     * acts on the same target as a class of the asked kind (everolimus, an mTOR inhibitor, is also given after
     * transplants).
     */
    Optional<DraftedCheck> whichDrugCheck(String kind, Drug example) {
        Set<String> kindTargets = new LinkedHashSet<>();
        knowledge.classes().values().stream()
                .filter(c -> c.category().equals(kind))
                .forEach(c -> kindTargets.add(firstWord(c.target())));
        List<Option> options = new ArrayList<>();
        options.add(new Option(
                "a",
                capital(example.name()),
                true,
                "Right: " + capital(example.name()) + " is "
                        + withArticle(example.drugClass().name()) + ". "
                        + example.drugClass().mechanism().nurse()));
        List<Source> cited = new ArrayList<>(example.sources());
        for (String other : KINDS) {
            if (other.equals(kind)) {
                continue;
            }
            Optional<Drug> distractor = examplesOf(other).stream()
                    .filter(d -> !kindTargets.contains(firstWord(d.drugClass().target())))
                    .skip(Math.floorMod(example.name().hashCode(), 2))
                    .findFirst();
            if (distractor.isEmpty()) {
                return Optional.empty();
            }
            Drug d = distractor.get();
            cited.addAll(d.sources());
            options.add(new Option(
                    "x",
                    capital(d.name()),
                    false,
                    "Not this one: " + capital(d.name()) + " is "
                            + withArticle(d.drugClass().name()) + ", " + KIND_NAMES.get(other) + ", not "
                            + KIND_NAMES.get(kind) + "."));
        }
        return Optional.of(draft(
                Level.NURSING,
                KIND,
                "which-drug",
                "Which of these drugs is " + KIND_NAMES.get(kind) + "?",
                options,
                sources(cited, example.drugClass().sources(), List.of()),
                Optional.empty()));
    }

    private static final Map<String, String> KIND_NAMES = Map.of(
            "immunotherapy", "an immunotherapy",
            "targeted", "a targeted drug",
            "chemotherapy", "chemotherapy",
            "immunosuppressant", "an immunosuppressant");

    private static String firstWord(String text) {
        return text.split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** Which class a drug belongs to; distractors are other classes, one of the same kind where there is one. */
    Optional<DraftedCheck> classCheck(Drug drug) {
        DrugClass own = drug.drugClass();
        List<DrugClass> others = siblings(
                knowledge.classes().values().stream()
                        .filter(c -> !c.equals(own) && !c.target().equalsIgnoreCase(own.target()))
                        .toList(),
                own,
                drug.name());
        if (others.size() < OPTIONS - 1) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option(
                "a",
                classText(own),
                true,
                "Right: " + capital(drug.name()) + " is a " + own.name() + ". "
                        + own.mechanism().nurse()));
        for (DrugClass other : others) {
            options.add(new Option(
                    "x",
                    classText(other),
                    false,
                    "Not this one: "
                            + example(other)
                                    .map(d -> capital(d) + " is a " + other.name() + "; ")
                                    .orElse("") + capital(drug.name()) + " is a " + own.name() + ", acting on "
                            + own.target() + "."));
        }
        return Optional.of(draft(
                Level.NURSING,
                CLASS,
                "class",
                "A patient's treatment plan lists " + drug.name() + ". Which class of drug is it, and what does it act"
                        + " on?",
                options,
                sources(
                        drug.sources(),
                        own.sources(),
                        others.stream().flatMap(c -> c.sources().stream()).toList()),
                Optional.empty()));
    }

    /**
     * What kind of drug it is: immunotherapy, targeted drug, chemotherapy or immunosuppressant. Drafted for the kinds
     * that are mixed up most (the seed text calls cisplatin an immunotherapy and tacrolimus a targeted drug), not for
     * targeted drugs, some of which are also given after transplants under another brand.
     */
    Optional<DraftedCheck> kindCheck(Drug drug) {
        String category = drug.drugClass().category();
        if (category.equals("targeted")) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option(
                "a",
                CATEGORY_LABELS.get(category),
                true,
                "Right: " + capital(drug.name()) + " is "
                        + withArticle(drug.drugClass().name()) + ". "
                        + drug.drugClass().mechanism().nurse()));
        for (String other : List.of("immunotherapy", "targeted", "chemotherapy", "immunosuppressant")) {
            if (!other.equals(category)) {
                options.add(new Option(
                        "x",
                        CATEGORY_LABELS.get(other),
                        false,
                        "Not this one: " + capital(drug.name()) + " is a "
                                + drug.drugClass().name() + ", not "
                                + CATEGORY_LABELS
                                        .get(other)
                                        .substring(0, CATEGORY_LABELS.get(other).indexOf(':'))
                                        .toLowerCase(Locale.ROOT)
                                + "."));
            }
        }
        return Optional.of(draft(
                Level.NURSING,
                KIND,
                "kind",
                "A colleague asks what kind of drug " + drug.name() + " is. What is the best answer?",
                options,
                sources(drug.sources(), drug.drugClass().sources(), List.of()),
                Optional.empty()));
    }

    /** Which tumour feature must be found before a use of the drug; distractors are other biomarkers. */
    Optional<DraftedCheck> testFirstCheck(Drug drug) {
        return testFirstCheck(
                drug,
                drug.uses().stream().filter(u -> u.testFirst().isPresent()).findFirst());
    }

    /** The same for the use of the drug that needs this tumour feature, when it has one. */
    Optional<DraftedCheck> testFirstCheck(Drug drug, Biomarker marker) {
        return testFirstCheck(
                drug,
                drug.uses().stream()
                        .filter(u -> u.testFirst().filter(marker::equals).isPresent())
                        .findFirst());
    }

    private Optional<DraftedCheck> testFirstCheck(Drug drug, Optional<Drug.Use> use) {
        if (use.isEmpty()) {
            return Optional.empty();
        }
        Biomarker marker = use.get().testFirst().orElseThrow();
        Set<Biomarker> ownMarkers = new LinkedHashSet<>();
        drug.uses().forEach(u -> u.testFirst().ifPresent(ownMarkers::add));
        List<Biomarker> others = knowledge.biomarkers().values().stream()
                .filter(b -> !ownMarkers.contains(b))
                .sorted(Comparator.comparing((Biomarker b) -> Math.floorMod((b.id() + drug.name()).hashCode(), 97))
                        .thenComparing(Biomarker::id))
                .limit(OPTIONS - 1)
                .toList();
        if (others.size() < OPTIONS - 1) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option("a", marker.name(), true, "Right: " + marker.means()));
        for (Biomarker other : others) {
            Optional<String> usedFor = drugTestedFor(other);
            options.add(new Option(
                    "x",
                    other.name(),
                    false,
                    "Not for this drug: " + other.name() + " is tested before "
                            + usedFor.map(d -> "other drugs, such as " + d).orElse("other treatments") + ". Before "
                            + drug.name() + " the test looks for " + marker.name() + "."));
        }
        return Optional.of(draft(
                Level.NURSING,
                TEST_FIRST,
                "test-first",
                "Before " + drug.name() + " is started for " + use.get().cancer() + ", the tumour is tested. What must"
                        + " the test find?",
                options,
                sources(
                        use.get().sources(),
                        marker.sources(),
                        others.stream().flatMap(b -> b.sources().stream()).toList()),
                Optional.empty()));
    }

    /** How the medicine works, in plain words; distractors are how other kinds of medicine work. */
    Optional<DraftedCheck> plainCheck(Drug drug) {
        DrugClass own = drug.drugClass();
        List<DrugClass> others = siblings(
                knowledge.classes().values().stream()
                        .filter(c -> !c.category().equals(own.category()))
                        .toList(),
                own,
                drug.name());
        if (others.size() < OPTIONS - 1) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option(
                "a",
                drug.mechanismOrClass().patient(),
                true,
                "Yes. This is how " + drug.name() + " works. Your care team can tell you what it means for you."));
        for (DrugClass other : others) {
            options.add(new Option(
                    "x",
                    other.mechanism().patient(),
                    false,
                    "Not quite. This is how a different kind of medicine works"
                            + example(other).map(d -> ", such as " + d).orElse("") + "."));
        }
        return Optional.of(draft(
                Level.PATIENT,
                PLAIN,
                "plain",
                "Your treatment plan lists " + drug.name() + ". Which sentence says how it works?",
                options,
                sources(
                        drug.sources(),
                        own.sources(),
                        others.stream().flatMap(c -> c.sources().stream()).toList()),
                Optional.of(
                        "How will " + drug.name() + " work against my cancer, and how will we know it is working?")));
    }

    private DraftedCheck draft(
            Level level,
            String objective,
            String template,
            String stem,
            List<Option> options,
            List<Source> sources,
            Optional<String> ask) {
        List<Option> lettered = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            lettered.add(new Option(String.valueOf((char) ('a' + i)), o.text(), o.key(), o.rationale()));
        }
        Check check = new Check(
                "draft", level, CheckType.SINGLE, objective, stem, lettered, sources, ask, Optional.empty(), true);
        return new DraftedCheck(check, objective, OBJECTIVES.get(objective), template);
    }

    /** Three other classes for distractors: one of the same kind first where there is one, then other kinds. */
    private static List<DrugClass> siblings(List<DrugClass> candidates, DrugClass own, String seed) {
        Comparator<DrugClass> spread = Comparator.comparing(
                        (DrugClass c) -> Math.floorMod((c.id() + seed).hashCode(), 97))
                .thenComparing(DrugClass::id);
        List<DrugClass> sameKind = candidates.stream()
                .filter(c -> c.category().equals(own.category()))
                .sorted(spread)
                .toList();
        List<DrugClass> otherKind = candidates.stream()
                .filter(c -> !c.category().equals(own.category()))
                .sorted(spread)
                .toList();
        List<DrugClass> chosen = new ArrayList<>();
        if (!sameKind.isEmpty()) {
            chosen.add(sameKind.getFirst());
        }
        for (DrugClass c : otherKind) {
            if (chosen.size() == OPTIONS - 1) {
                break;
            }
            if (chosen.stream().noneMatch(x -> x.target().equalsIgnoreCase(c.target()))) {
                chosen.add(c);
            }
        }
        for (DrugClass c : sameKind) {
            if (chosen.size() == OPTIONS - 1) {
                break;
            }
            if (!chosen.contains(c) && chosen.stream().noneMatch(x -> x.target().equalsIgnoreCase(c.target()))) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static String classText(DrugClass c) {
        return capital(withArticle(c.name())) + ", acting on " + lowerFirst(c.target());
    }

    /** "a PD-1 inhibitor", "an mTOR inhibitor", "an immunosuppressant": by the sound of the first letter. */
    static String withArticle(String name) {
        String lowered = lowerFirst(name);
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        char first = Character.toLowerCase(lowered.charAt(0));
        boolean vowelSound = acronym ? "aefilmnosx".indexOf(first) >= 0 : "aeiou".indexOf(first) >= 0;
        return (vowelSound ? "an " : "a ") + lowered;
    }

    /** Lowers the first letter of an ordinary word, not of an acronym such as PD-1 or HER2. */
    static String lowerFirst(String text) {
        boolean acronym = text.length() > 1 && !Character.isLowerCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private Optional<String> example(DrugClass c) {
        return knowledge.drugsOf(c).stream().map(Drug::name).findFirst();
    }

    private Optional<String> drugTestedFor(Biomarker marker) {
        return knowledge.drugs().stream()
                .filter(d -> d.uses().stream()
                        .anyMatch(u -> u.testFirst().filter(marker::equals).isPresent()))
                .map(Drug::name)
                .findFirst();
    }

    @SafeVarargs
    private static List<Source> sources(List<Source>... lists) {
        Set<Source> all = new LinkedHashSet<>();
        for (List<Source> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    /** The same options with the key moved to the given position. */
    private static List<Option> keyAt(List<Option> options, int position) {
        List<Option> moved = new ArrayList<>(options);
        Option key = moved.stream().filter(Option::key).findFirst().orElseThrow();
        moved.remove(key);
        moved.add(Math.min(position, moved.size()), key);
        List<Option> lettered = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            Option o = moved.get(i);
            lettered.add(new Option(String.valueOf((char) ('a' + i)), o.text(), o.key(), o.rationale()));
        }
        return lettered;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
