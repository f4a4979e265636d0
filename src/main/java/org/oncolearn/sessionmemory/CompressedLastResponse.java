package org.oncolearn.sessionmemory;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Keeps Vaadin's copy of each page's last response compressed between requests. Vaadin keeps that copy so that a
 * browser whose response got lost on the way can ask again and get the same answer; it is the whole change set of the
 * last click (14–25 thousand characters for a lesson or a feedback screen, twice that in bytes when the text has a
 * character outside Latin-1), so it was the largest single part of a learner's session. Compressed it takes a tenth.
 * The copy is restored before Vaadin handles any message of the page and compressed again when no request of the
 * session is left running, so Vaadin always finds it as it left it.
 */
@Component
class CompressedLastResponse implements VaadinServiceInitListener {

    /** The page's last response, deflated, while it rests; serializable like the rest of a session. */
    record Rested(byte[] deflated, int bytes) implements Serializable {}

    /** The requests of a session between restoring and compressing, kept in the session. */
    private static final class InFlight implements Serializable {
        int count;
    }

    private static final String RESTORED = CompressedLastResponse.class.getName() + ".restored";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Restore());
        event.addVaadinRequestInterceptor(new Compress());
    }

    /** Runs before Vaadin's own message handler: the handlers added here come first in the chain. */
    private static final class Restore implements RequestHandler {

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
            if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
                return false;
            }
            session.lock();
            try {
                inFlight(session).count++;
                request.setAttribute(RESTORED, Boolean.TRUE);
                for (UI ui : session.getUIs()) {
                    Rested rested = ComponentUtil.getData(ui, Rested.class);
                    if (rested != null) {
                        ui.getInternals().setLastRequestResponse(inflate(rested));
                        ComponentUtil.setData(ui, Rested.class, null);
                    }
                }
            } finally {
                session.unlock();
            }
            return false;
        }
    }

    private static final class Compress implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            // Nothing to do before the session is known.
        }

        @Override
        public void handleException(
                VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {
            // requestEnd follows and compresses as usual.
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (session == null || request.getAttribute(RESTORED) == null) {
                return;
            }
            session.lock();
            try {
                InFlight inFlight = inFlight(session);
                inFlight.count--;
                // Another message of this session may be on its way to Vaadin's handler with the copy restored.
                if (inFlight.count > 0) {
                    return;
                }
                for (UI ui : session.getUIs()) {
                    UIInternals internals = ui.getInternals();
                    String last = internals.getLastRequestResponse();
                    if (last != null) {
                        ComponentUtil.setData(ui, Rested.class, deflate(last));
                        internals.setLastRequestResponse(null);
                    }
                }
            } finally {
                session.unlock();
            }
        }
    }

    private static InFlight inFlight(VaadinSession session) {
        InFlight inFlight = session.getAttribute(InFlight.class);
        if (inFlight == null) {
            inFlight = new InFlight();
            session.setAttribute(InFlight.class, inFlight);
        }
        return inFlight;
    }

    static Rested deflate(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Rested(out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    static String inflate(Rested rested) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(rested.deflated());
            byte[] bytes = new byte[rested.bytes()];
            int read = 0;
            while (read < bytes.length && !inflater.finished()) {
                read += inflater.inflate(bytes, read, bytes.length - read);
            }
            return new String(Arrays.copyOf(bytes, read), StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("the kept copy of the last response is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
