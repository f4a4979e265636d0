package org.oncolearn.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Course;
import org.oncolearn.course.Lesson;
import org.oncolearn.course.Level;
import org.oncolearn.course.Option;
import org.oncolearn.course.Review;
import org.oncolearn.course.WarningSigns;
import org.oncolearn.readability.Readability;

/** Applies the item-writing, readability and review rules to a course. Works on drafts, valid or not. */
public final class Lint {

    private static final Pattern ALL_OR_NONE = Pattern.compile(
            "\\b(all|none|both|neither) of (the )?(above|these|those|options|answers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION =
            Pattern.compile("\\b(not|except|least)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(always|never|all|none|only|every|completely|entirely|guaranteed?|guarantees)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*");
    private static final Set<String> COMMON = Set.of(
            "about",
            "after",
            "also",
            "before",
            "being",
            "best",
            "does",
            "from",
            "have",
            "into",
            "most",
            "more",
            "that",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "what",
            "when",
            "which",
            "while",
            "with",
            "will",
            "would",
            "your",
            "should",
            "could",
            "other",
            "others",
            "whether",
            "because",
            "where",
            "patient",
            "nurse",
            "answer",
            "explains",
            "explanation");
    /** A key at least this much longer than every distractor stands out. */
    static final double LONGEST_OPTION_FACTOR = 1.25;

    static final int MIN_CHECKS_FOR_POSITION = 4;

    private Lint() {}

    /** Every rule, including the patient urgency rule against the one list of warning signs. */
    public static List<Finding> of(Course course, LocalDate today, WarningSigns signs) {
        List<Finding> findings = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            findings.addAll(lesson(lesson, today));
            findings.addAll(urgency(lesson, signs));
        }
        return findings;
    }

    /**
     * Patient sentences that name a call-now warning sign next to softer timing. Distractor texts are left out: they
     * are shown as the wrong choice, and their rationales, which are checked, say what to do instead.
     */
    public static List<Finding> urgency(Lesson lesson, WarningSigns signs) {
        List<Finding> findings = new ArrayList<>();
        urgency(lesson.summary(), signs, lesson.id(), Optional.empty(), "summary", findings);
        for (Check check : lesson.checks(Level.PATIENT)) {
            Optional<String> id = Optional.of(check.id());
            urgency(check.stem(), signs, lesson.id(), id, "stem", findings);
            List<Option> options = check.options();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).key()) {
                    urgency(options.get(i).text(), signs, lesson.id(), id, "options." + i + ".text", findings);
                }
                urgency(options.get(i).rationale(), signs, lesson.id(), id, "options." + i + ".rationale", findings);
            }
            check.ask().ifPresent(ask -> urgency(ask, signs, lesson.id(), id, "ask", findings));
        }
        return findings;
    }

    /** The timing words that tell a patient they may wait. */
    private static final Pattern SOFT_TIMING = Pattern.compile(
            "\\b(early|soon|sooner|the same day|same-day|at your next (visit|appointment|check-up)"
                    + "|next (visit|appointment)|within a day|within 24 hours|in a day or two|tomorrow|when you can)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Do not wait until your next visit" tells the patient not to wait; it is the message, not a conflict. */
    private static final Pattern NO_WAITING =
            Pattern.compile("\\b(do not|don't|don’t|never|no need to) (wait|delay)\\b", Pattern.CASE_INSENSITIVE);

    static void urgency(
            String text,
            WarningSigns signs,
            String lessonId,
            Optional<String> checkId,
            String field,
            List<Finding> findings) {
        for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
            Optional<String> timing = find(SOFT_TIMING, sentence);
            if (timing.isEmpty() || NO_WAITING.matcher(sentence).find()) {
                continue;
            }
            signs.callNow().signs().stream()
                    .map(sign -> sign.mentionedIn(sentence))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(sign -> findings.add(new Finding(
                            LintRule.URGENCY_TIMING,
                            lessonId,
                            checkId,
                            field,
                            quoted(sign) + " is on the call-now list, but the sentence says " + quoted(timing.get())
                                    + ": " + quoted(sentence.strip()),
                            List.of(sign, timing.get()))));
        }
    }

    public static List<Finding> lesson(Lesson lesson, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        review(lesson.review(), today, lesson.id(), Optional.empty(), findings);
        if (!lesson.summary().isBlank()) {
            readingLevel(lesson.summary(), lesson.id(), Optional.empty(), "summary", findings);
        }
        for (Check check : lesson.checks()) {
            findings.addAll(check(lesson.id(), check, today));
        }
        keyPositions(lesson, findings);
        keyLengths(lesson, findings);
        singleVariants(lesson, findings);
        return findings;
    }

    /** Flags an objective that a level tests with one check only: a retry could only ask it again. */
    private static void singleVariants(Lesson lesson, List<Finding> findings) {
        for (Level level : Level.values()) {
            Map<String, List<Check>> byObjective = new LinkedHashMap<>();
            lesson.checks(level)
                    .forEach(c -> byObjective
                            .computeIfAbsent(c.objective(), k -> new ArrayList<>())
                            .add(c));
            byObjective.forEach((objective, checks) -> {
                if (checks.size() == 1) {
                    findings.add(new Finding(
                            LintRule.SINGLE_VARIANT,
                            lesson.id(),
                            Optional.of(checks.getFirst().id()),
                            "objective",
                            "objective " + objective + " has only this "
                                    + level.name().toLowerCase(Locale.ROOT) + " check; add a variant",
                            List.of(objective, level == Level.PATIENT ? 1 : 0)));
                }
            });
        }
    }

    public static List<Finding> check(String lessonId, Check check, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        Optional<String> id = Optional.of(check.id());
        List<Option> options = check.options();
        if (check.drafted()) {
            findings.add(new Finding(
                    LintRule.DRAFTED,
                    lessonId,
                    id,
                    "drafted",
                    "proposed from the knowledge base, not yet accepted",
                    List.of()));
        }
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String field = "options." + i;
            find(ALL_OR_NONE, option.text())
                    .ifPresent(w -> findings.add(new Finding(
                            LintRule.ALL_OR_NONE_OF_THE_ABOVE, lessonId, id, field + ".text", quoted(w), List.of(w))));
            find(ABSOLUTE, option.text())
                    .filter(w -> find(ALL_OR_NONE, option.text()).isEmpty())
                    .ifPresent(w -> findings.add(new Finding(
                            LintRule.ABSOLUTE_WORDS, lessonId, id, field + ".text", quoted(w), List.of(w))));
            if (option.rationale().isBlank()) {
                findings.add(new Finding(
                        LintRule.MISSING_RATIONALE,
                        lessonId,
                        id,
                        field + ".rationale",
                        "option " + letter(i),
                        List.of(letter(i))));
            }
        }
        find(NEGATION, leadIn(check.stem()))
                .ifPresent(w ->
                        findings.add(new Finding(LintRule.NEGATIVE_STEM, lessonId, id, "stem", quoted(w), List.of(w))));
        if (check.type() == CheckType.SINGLE) {
            longestOption(lessonId, check, findings);
            stemWordsInKey(lessonId, check, findings);
        }
        absolutesOnlyInDistractors(lessonId, check, findings);
        mirroredOptions(lessonId, check, findings);
        if (check.level() == Level.PATIENT) {
            readingLevel(patientText(check), lessonId, id, "stem", findings);
        }
        review(check.review(), today, lessonId, id, findings);
        return findings;
    }

    private static void longestOption(String lessonId, Check check, List<Finding> findings) {
        List<Option> keys = check.options().stream().filter(Option::key).toList();
        int longestDistractor = check.options().stream()
                .filter(o -> !o.key())
                .mapToInt(o -> o.text().strip().length())
                .max()
                .orElse(0);
        if (keys.size() == 1 && longestDistractor > 0) {
            int key = keys.getFirst().text().strip().length();
            if (key >= LONGEST_OPTION_FACTOR * longestDistractor) {
                findings.add(new Finding(
                        LintRule.LONGEST_OPTION_CUE,
                        lessonId,
                        Optional.of(check.id()),
                        "options." + check.options().indexOf(keys.getFirst()) + ".text",
                        "key " + key + " characters, longest distractor " + longestDistractor,
                        List.of(key, longestDistractor)));
            }
        }
    }

    /** The absolutes that mark a distractor as wrong for a test-wise learner. */
    private static final Pattern CUEING_ABSOLUTE =
            Pattern.compile("\\b(always|never|no|all|only)\\b", Pattern.CASE_INSENSITIVE);

    private static void absolutesOnlyInDistractors(String lessonId, Check check, List<Finding> findings) {
        boolean inKey = check.options().stream()
                .filter(Option::key)
                .anyMatch(o -> CUEING_ABSOLUTE.matcher(o.text()).find());
        if (inKey) {
            return;
        }
        List<Option> options = check.options();
        List<String> marked = new ArrayList<>();
        Set<String> words = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            Matcher matcher = CUEING_ABSOLUTE.matcher(options.get(i).text());
            if (!options.get(i).key() && matcher.find()) {
                marked.add(letter(i));
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        if (!marked.isEmpty()) {
            findings.add(new Finding(
                    LintRule.ABSOLUTES_ONLY_IN_DISTRACTORS,
                    lessonId,
                    Optional.of(check.id()),
                    "options",
                    words.stream().map(Lint::quoted).collect(Collectors.joining(", ")) + " in option(s) "
                            + String.join(", ", marked) + " but not in the key",
                    List.of(String.join(", ", words), String.join(", ", marked), marked.size())));
        }
    }

    /** Words whose swap turns a statement into its mirror image. */
    private static final List<Set<String>> OPPOSITES = List.of(
            Set.of("increase", "decrease"),
            Set.of("increases", "decreases"),
            Set.of("increased", "decreased"),
            Set.of("higher", "lower"),
            Set.of("high", "low"),
            Set.of("more", "less"),
            Set.of("before", "after"),
            Set.of("raises", "lowers"),
            Set.of("activates", "blocks"),
            Set.of("activate", "block"),
            Set.of("stimulates", "inhibits"),
            Set.of("start", "stop"),
            Set.of("starts", "stops"),
            Set.of("positive", "negative"),
            Set.of("benefit", "harm"),
            Set.of("can", "cannot"),
            Set.of("does", "doesn't"),
            Set.of("is", "isn't"));

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never");
    private static final Pattern OPTION_WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    /** Two options that say the opposite of each other, or the same words in mirrored order. */
    private static void mirroredOptions(String lessonId, Check check, List<Finding> findings) {
        List<Option> options = check.options();
        for (int i = 0; i < options.size(); i++) {
            for (int j = i + 1; j < options.size(); j++) {
                List<String> a = words(options.get(i).text());
                List<String> b = words(options.get(j).text());
                if (a.size() >= 3 && b.size() >= 3 && mirrored(a, b)) {
                    findings.add(new Finding(
                            LintRule.MIRRORED_OPTIONS,
                            lessonId,
                            Optional.of(check.id()),
                            "options." + j + ".text",
                            "options " + letter(i) + " and " + letter(j) + " say the opposite of each other",
                            List.of(letter(i), letter(j))));
                }
            }
        }
    }

    static boolean mirrored(List<String> a, List<String> b) {
        List<String> withoutNegationA =
                a.stream().filter(w -> !NEGATIONS.contains(w)).toList();
        List<String> withoutNegationB =
                b.stream().filter(w -> !NEGATIONS.contains(w)).toList();
        if (withoutNegationA.equals(withoutNegationB) && a.size() != b.size()) {
            return true;
        }
        if (a.size() == b.size()) {
            int differences = 0;
            boolean opposite = true;
            for (int k = 0; k < a.size(); k++) {
                if (!a.get(k).equals(b.get(k))) {
                    differences++;
                    opposite &= OPPOSITES.contains(Set.of(a.get(k), b.get(k)));
                }
            }
            if (differences == 1 && opposite) {
                return true;
            }
            // The same words in another order: "A causes B" against "B causes A".
            return differences > 0 && sorted(a).equals(sorted(b));
        }
        return false;
    }

    private static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = OPTION_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group().replace('’', '\''));
        }
        return words;
    }

    /** Flags a lesson whose single-answer keys are the longest, or the shortest, option more than half the time. */
    private static void keyLengths(Lesson lesson, List<Finding> findings) {
        List<Check> single = lesson.checks().stream()
                .filter(c -> c.type() == CheckType.SINGLE)
                .filter(c -> c.options().stream().filter(Option::key).count() == 1)
                .toList();
        if (single.size() < MIN_CHECKS_FOR_POSITION) {
            return;
        }
        long longest = single.stream().filter(c -> keyIs(c, true)).count();
        long shortest = single.stream().filter(c -> keyIs(c, false)).count();
        for (boolean isLongest : List.of(true, false)) {
            long count = isLongest ? longest : shortest;
            if (count * 2 > single.size()) {
                findings.add(new Finding(
                        LintRule.KEY_LENGTH_PATTERN,
                        lesson.id(),
                        Optional.empty(),
                        "checks",
                        "the key is the " + (isLongest ? "longest" : "shortest") + " option in " + count + " of "
                                + single.size() + " single-answer checks",
                        List.of(isLongest ? 1 : 0, count, single.size())));
            }
        }
    }

    /** Whether the key is strictly the longest (or strictly the shortest) option. */
    private static boolean keyIs(Check check, boolean longest) {
        int key = check.options().stream()
                .filter(Option::key)
                .mapToInt(o -> o.text().strip().length())
                .findFirst()
                .orElse(0);
        return check.options().stream()
                .filter(o -> !o.key())
                .mapToInt(o -> o.text().strip().length())
                .allMatch(length -> longest ? key > length : key < length);
    }

    private static void stemWordsInKey(String lessonId, Check check, List<Finding> findings) {
        List<Option> keys = check.options().stream().filter(Option::key).toList();
        if (keys.size() != 1) {
            return;
        }
        Set<String> shared = contentWords(check.stem());
        shared.retainAll(contentWords(keys.getFirst().text()));
        check.options().stream().filter(o -> !o.key()).forEach(o -> shared.removeAll(contentWords(o.text())));
        if (!shared.isEmpty()) {
            findings.add(new Finding(
                    LintRule.STEM_WORDS_IN_KEY,
                    lessonId,
                    Optional.of(check.id()),
                    "options." + check.options().indexOf(keys.getFirst()) + ".text",
                    new TreeSet<>(shared).stream().map(Lint::quoted).collect(Collectors.joining(", ")),
                    List.of(String.join(", ", new TreeSet<>(shared)), shared.size())));
        }
    }

    /** Flags a lesson whose single-answer keys sit in one position more than half the time. */
    private static void keyPositions(Lesson lesson, List<Finding> findings) {
        List<Integer> positions = lesson.checks().stream()
                .filter(c -> c.type() == CheckType.SINGLE)
                .map(c -> c.options().stream().filter(Option::key).findFirst().map(c.options()::indexOf))
                .flatMap(Optional::stream)
                .toList();
        if (positions.size() < MIN_CHECKS_FOR_POSITION) {
            return;
        }
        for (int position : new TreeSet<>(positions)) {
            long count = positions.stream().filter(p -> p == position).count();
            if (count * 2 > positions.size()) {
                findings.add(new Finding(
                        LintRule.KEY_POSITION_IMBALANCE,
                        lesson.id(),
                        Optional.empty(),
                        "checks",
                        "the key is option " + letter(position) + " in " + count + " of " + positions.size()
                                + " single-answer checks",
                        List.of(letter(position), count, positions.size())));
            }
        }
    }

    private static void readingLevel(
            String text, String lessonId, Optional<String> checkId, String field, List<Finding> findings) {
        Readability.Score score = Readability.score(text);
        if (score.words() > 0 && score.grade() > Readability.PATIENT_MAX_GRADE) {
            findings.add(new Finding(
                    LintRule.READING_LEVEL,
                    lessonId,
                    checkId,
                    field,
                    String.format(Locale.ROOT, "US grade %.1f", score.grade()),
                    List.of(Math.round(score.grade() * 10) / 10.0)));
        }
    }

    private static void review(
            Optional<Review> review, LocalDate today, String lessonId, Optional<String> checkId, List<Finding> out) {
        if (review.isEmpty()) {
            out.add(new Finding(LintRule.NOT_REVIEWED, lessonId, checkId, "review", "no reviewer recorded", List.of()));
        } else if (review.get().hasLapsed(today)) {
            out.add(new Finding(
                    LintRule.REVIEW_LAPSED,
                    lessonId,
                    checkId,
                    "review",
                    "review by " + review.get().reviewBy() + " (" + review.get().reviewer() + ")",
                    List.of(review.get().reviewBy().toString(), review.get().reviewer())));
        }
    }

    /** What a patient reads for a check: the question, the options, the explanations and the question to ask. */
    private static String patientText(Check check) {
        StringBuilder text = new StringBuilder(sentence(check.stem()));
        check.options()
                .forEach(o ->
                        text.append(' ').append(sentence(o.text())).append(' ').append(sentence(o.rationale())));
        check.ask().ifPresent(ask -> text.append(' ').append(sentence(ask)));
        return text.toString();
    }

    /** Options often lack a full stop; without one, all of them would count as one very long sentence. */
    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() || stripped.matches(".*[.!?]$") ? stripped : stripped + ".";
    }

    /** The question the stem ends with; a vignette before it may mention "not" without being a negative stem. */
    static String leadIn(String stem) {
        String stripped = stem.strip();
        int end = stripped.lastIndexOf('?');
        if (end < 0) {
            return stripped;
        }
        int start = Math.max(
                Math.max(stripped.lastIndexOf(". ", end), stripped.lastIndexOf("! ", end)),
                stripped.lastIndexOf("? ", end - 1));
        return stripped.substring(start < 0 ? 0 : start + 1, end + 1);
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.length() >= 5 && !COMMON.contains(word)) {
                words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static String quoted(String word) {
        return "\"" + word + "\"";
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
