package org.oncolearn.delivery;

import com.vaadin.flow.component.HasElement;

/** Moves keyboard and screen-reader focus to the heading of a new step, so the change of screen is announced. */
final class Headings {

    private Headings() {}

    static void focusable(HasElement heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().getClassList().add("step-heading");
    }

    static void focus(HasElement heading) {
        heading.getElement().callJsFunction("focus");
    }
}
