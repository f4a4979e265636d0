package org.oncolearn.results;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;

/**
 * A wide table that scrolls sideways on its own instead of the page. The region can take keyboard focus, so that a
 * keyboard user can scroll it too, and is named for screen readers.
 */
final class ScrollingTable extends Div {

    ScrollingTable(NativeTable table, String name) {
        super(table);
        addClassName("table-scroll");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("tabindex", "0");
    }
}
