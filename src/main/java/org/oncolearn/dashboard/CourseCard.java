package org.oncolearn.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.oncolearn.dashboard.CourseOverview.DraftOverview;
import org.oncolearn.dashboard.CourseOverview.LastChange;
import org.oncolearn.dashboard.CourseOverview.LearnerFigures;
import org.oncolearn.draft.EditorService;
import org.oncolearn.export.CourseExports;
import org.oncolearn.ui.ViewerZone;

/** One course on the dashboard: its title, its state in a few words, its figures and what can be done with it. */
class CourseCard extends Div {

    private final CourseOverview course;
    private final DateTimeFormatter when;

    CourseCard(
            CourseOverview course, EditorService editor, CourseExports exports, AuthenticationContext authentication) {
        this.course = course;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ViewerZone.current());
        addClassName("dashboard-card");
        H3 title = new H3(course.title());
        title.addClassName("dashboard-card-title");
        add(title, badges(), facts(), new CourseActions(course, editor, exports, authentication));
    }

    /** The state in a few words each: what learners get, the next version's draft, and what needs attention. */
    private Div badges() {
        Div badges = new Div();
        badges.addClassName("state-badges");
        course.published()
                .ifPresent(p -> badges.add(badge(
                        p.version() == 0
                                ? getTranslation("dashboard.state.files")
                                : getTranslation("dashboard.state.published", p.version()),
                        "published")));
        course.drafts().stream()
                .findFirst()
                .ifPresent(d -> badges.add(badge(
                        getTranslation("dashboard.state." + stageKey(d.stage()), d.version()), stageKey(d.stage()))));
        if (course.draftedChecks() > 0) {
            badges.add(badge(getTranslation("dashboard.state.drafted", course.draftedChecks()), "attention"));
        }
        course.reviewBy()
                .ifPresent(date ->
                        badges.add(badge(getTranslation("dashboard.state.reviewDue", date(date)), "attention")));
        return badges;
    }

    private static String stageKey(CourseOverview.Stage stage) {
        return switch (stage) {
            case DRAFT -> "draft";
            case IN_REVIEW -> "inReview";
            case READY -> "ready";
        };
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("state-badge", kind);
        return badge;
    }

    private DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("course-figures");
        facts.add(
                new DescriptionList.Term(getTranslation("dashboard.learners.label")),
                new DescriptionList.Description(learners()));
        facts.add(
                new DescriptionList.Term(getTranslation("dashboard.lastChange.label")),
                new DescriptionList.Description(lastChange()));
        List<DraftOverview> others = course.drafts().size() > 1
                ? course.drafts().subList(1, course.drafts().size())
                : List.of();
        if (!others.isEmpty()) {
            DescriptionList.Description links = new DescriptionList.Description();
            for (DraftOverview other : others) {
                Anchor open = new Anchor(
                        "educator/drafts/" + other.id(),
                        getTranslation(
                                "dashboard.otherDraft", other.title(), when.format(other.savedAt()), other.savedBy()));
                links.add(new Div(open));
            }
            facts.add(new DescriptionList.Term(getTranslation("dashboard.otherDrafts")), links);
        }
        return facts;
    }

    private String learners() {
        Optional<LearnerFigures> figures = course.learners();
        if (figures.isEmpty()) {
            return getTranslation("dashboard.learners.unpublished");
        }
        LearnerFigures f = figures.get();
        return f.started() == 0
                ? getTranslation("dashboard.learners.none")
                : getTranslation(
                        "dashboard.learners.figures", f.started(), f.finished(), f.mastered(), f.masteredPercent());
    }

    private String lastChange() {
        return course.lastChange()
                .map(change -> getTranslation(
                        change.kind() == LastChange.Kind.PUBLISHED
                                ? "dashboard.lastChange.published"
                                : "dashboard.lastChange.saved",
                        when.format(change.at()),
                        change.by()))
                .orElseGet(() -> getTranslation("dashboard.lastChange.none"));
    }

    private String date(java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(date);
    }
}
