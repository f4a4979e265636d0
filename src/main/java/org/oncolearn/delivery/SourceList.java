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

    SourceList(List<Source> sources) {
        super(sources.size() == 1 ? "Source" : "Sources (" + sources.size() + ")");
        addClassName("sources");
        OrderedList list = new OrderedList();
        for (Source source : sources) {
            Anchor link = new Anchor(source.url().toString(), source.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            list.add(new ListItem(link));
        }
        add(list);
    }
}
