package org.oncolearn.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone of the person looking at the screen, so that "saved at 10:32" is their 10:32 and not the server's.
 * The browser names its zone when the page starts (Vaadin's client details); a page without one (a test without a
 * browser, a browser that does not say) falls back to the server's zone, which is what every screen showed before.
 */
public final class ViewerZone {

    private ViewerZone() {}

    public static ZoneId of(UI ui) {
        if (ui == null) {
            return ZoneId.systemDefault();
        }
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            // A name this JVM does not know: the server's zone is the best guess left.
            return ZoneId.systemDefault();
        }
    }

    /** The zone of the current request's page. */
    public static ZoneId current() {
        return of(UI.getCurrent());
    }
}
