package org.oncolearn.results;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;

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

    /**
     * Sets a table's caption as text that stays as wide as the visible region and in view while the table scrolls,
     * so that on a phone it wraps instead of running off under the table's hidden columns.
     */
    static void caption(NativeTable table, String text) {
        Span caption = new Span(text);
        caption.addClassName("caption-text");
        table.getCaption().add(caption);
    }
}
