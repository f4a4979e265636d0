package org.oncolearn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.oncolearn.course.Check;
import org.oncolearn.course.CheckType;
import org.oncolearn.course.Option;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** Moves focus with Tab and answers with Space and the arrow keys, as a keyboard user does. */
final class Keyboard {

    private final Browser browser;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    String focused() {
        Object text = browser.script("var e = document.activeElement;"
                + "while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + "if (!e) { return ''; }"
                + "var host = e.closest('vaadin-button, a, vaadin-radio-button, vaadin-checkbox') || e;"
                + "return (host.getAttribute('aria-label') || host.textContent || '').trim();");
        return String.valueOf(text);
    }

    String focusedKind() {
        return String.valueOf(
                browser.script("var e = document.activeElement; return e ? (e.type || e.tagName.toLowerCase()) : '';"));
    }

    void tabTo(String text) {
        for (int i = 0; i < 80 && !focused().equals(text); i++) {
            press(Keys.TAB);
        }
        assertThat(focused()).as("reachable with Tab").isEqualTo(text);
    }

    /** The option labels of the check on screen, in the order shown (app, self-check and player alike). */
    static List<String> shownOptions(Browser browser) {
        Object labels = browser.script("var out = [];"
                + "document.querySelectorAll('.check-options vaadin-radio-button, .check-options vaadin-checkbox,"
                + " .option label').forEach(function (e) {"
                + "  if (e.offsetParent !== null || e.getClientRects().length > 0) {"
                + "    out.push((e.querySelector('label') || e).textContent.trim());"
                + "  }"
                + "});"
                + "return out;");
        List<String> texts = new java.util.ArrayList<>();
        ((List<?>) labels).forEach(l -> texts.add(String.valueOf(l)));
        return texts;
    }

    void answer(Check check) {
        answer(check, "Check answer");
    }

    /** Tabs into the options, picks the keys and submits. */
    void answer(Check check, String submit) {
        for (int i = 0;
                i < 40 && !focusedKind().equals("radio") && !focusedKind().equals("checkbox");
                i++) {
            press(Keys.TAB);
        }
        // Options may be shuffled: follow the order the page shows.
        List<String> shown = shownOptions(browser);
        List<Option> options = shown.stream()
                .map(text -> check.options().stream()
                        .filter(o -> o.text().equals(text))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("option not in check " + check.id() + ": " + text)))
                .toList();
        if (check.type() == CheckType.SINGLE) {
            int key = options.indexOf(
                    options.stream().filter(Option::key).findFirst().orElseThrow());
            if (key == 0) {
                press(Keys.SPACE);
            }
            for (int i = 0; i < key; i++) {
                press(Keys.ARROW_DOWN);
            }
        } else {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).key()) {
                    press(Keys.SPACE);
                }
                if (i < options.size() - 1) {
                    press(Keys.TAB);
                }
            }
        }
        tabTo(submit);
        press(Keys.ENTER);
    }
}
