package org.oncolearn.delivery;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.List;
import org.oncolearn.course.Source;

/** The sources behind a lesson or a check, as links that open beside the course. */
class SourceList extends Details {

    SourceList(List<Source> sources, String language) {
        addClassName("sources");
        setSummaryText(
                sources.size() == 1 ? getTranslation("sources.one") : getTranslation("sources.many", sources.size()));
        OrderedList list = new OrderedList();
        // Source titles are course content, like the lesson they support.
        list.getElement().setAttribute("lang", language);
        for (Source source : sources) {
            Anchor link = new Anchor(source.url().toString(), source.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            list.add(new ListItem(link));
        }
        add(list);
    }
}
