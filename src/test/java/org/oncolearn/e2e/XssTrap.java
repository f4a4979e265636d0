package org.oncolearn.e2e;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Watches a browser for script that authored content should never run. Through the DevTools protocol a trap goes
 * into every document and frame before the page's own scripts: {@code alert}, {@code confirm}, {@code prompt} and a
 * global {@code xss()} only record their calls in {@code window.__xss} (and in the top window's), a message
 * {@code "xss:..."} is recorded too, and so is every content security policy violation, which shows markup that got
 * in even where the policy kept it from running. Real dialogs never open while the trap is in place, so one that does
 * open is itself a failure.
 */
final class XssTrap {

    static final String TRAP = """
            (function () {
              if (window.__xssTrap) { return; }
              window.__xssTrap = true;
              var log = [];
              Object.defineProperty(window, '__xss', { value: log });
              function record(kind, args) {
                var entry = kind + '(' + Array.prototype.map.call(args, function (a) { return String(a); }).join(',')
                  + ') in ' + String(location.href).substring(0, 60);
                log.push(entry);
                try {
                  if (window.top !== window && window.top.__xss) { window.top.__xss.push(entry); }
                } catch (e) { /* another origin */ }
              }
              ['alert', 'confirm', 'prompt'].forEach(function (name) {
                Object.defineProperty(window, name, { value: function () { record(name, arguments); return null; } });
              });
              Object.defineProperty(window, 'xss', { value: function () { record('xss', arguments); } });
              window.addEventListener('message', function (event) {
                if (typeof event.data === 'string' && event.data.indexOf('xss:') === 0) { record('message', [event.data]); }
              });
              document.addEventListener('securitypolicyviolation', function (event) {
                record('csp', [event.violatedDirective, event.blockedURI, event.sample]);
              });
            })();
            """;

    /**
     * Looks through a document (or, given a frame element, the frame's document), its open shadow roots and its
     * same-origin frames for markup that would run on interaction: event handler attributes, script-bearing
     * addresses, frames from markup, and script or style elements with vector code. Returns what it found.
     */
    static final String AUDIT = """
            var found = [];
            var URLS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'to',
              'values', 'from', 'by', 'codebase', 'lowsrc', 'dynsrc'];
            function squeeze(value) { return String(value).replace(/[\\u0000-\\u0020\\u007f]+/g, '').toLowerCase(); }
            function dangerous(value) {
              var v = squeeze(value);
              return /^(javascript|vbscript|livescript):/.test(v) || /^data:(?!image\\/(png|gif|jpe?g|webp)[;,])/.test(v);
            }
            function describe(el) { return '<' + el.localName + '> ' + el.outerHTML.substring(0, 120); }
            function visit(root, where) {
              Array.prototype.forEach.call(root.querySelectorAll('*'), function (el) {
                Array.prototype.forEach.call(el.attributes, function (attribute) {
                  var name = attribute.name.toLowerCase();
                  if (name.indexOf('on') === 0) { found.push(where + ': handler ' + name + ' on ' + describe(el)); }
                  if (name === 'srcdoc') { found.push(where + ': srcdoc on ' + describe(el)); }
                  if (URLS.indexOf(name) >= 0 && dangerous(attribute.value)) {
                    found.push(where + ': ' + name + ' address on ' + describe(el));
                  }
                  if (name === 'style' && /expression\\s*\\(|javascript:/i.test(attribute.value)) {
                    found.push(where + ': style on ' + describe(el));
                  }
                });
                var tag = el.localName;
                if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
                  var protocol = el.protocol;
                  if (['http:', 'https:', 'mailto:'].indexOf(protocol) < 0) {
                    found.push(where + ': link to ' + protocol + ' in ' + describe(el));
                  }
                }
                var inHead = root.head && root.head.contains(el);
                if (!inHead && ['iframe', 'frame', 'object', 'embed', 'base', 'math', 'marquee', 'isindex'].indexOf(tag) >= 0) {
                  found.push(where + ': element ' + describe(el));
                }
                if (tag === 'meta' && el.hasAttribute('http-equiv') && /refresh/i.test(el.getAttribute('http-equiv'))) {
                  found.push(where + ': ' + describe(el));
                }
                if ((tag === 'script' || tag === 'style') && /xss|alert\\(|confirm\\(|prompt\\(|javascript:/.test(
                    el.textContent + ' ' + (el.getAttribute('src') || '') + (el.getAttribute('href') || ''))) {
                  found.push(where + ': ' + describe(el));
                }
                if (el.shadowRoot) { visit(el.shadowRoot, where + ' > ' + tag + ' shadow'); }
                if (tag === 'iframe' || tag === 'frame' || tag === 'object') {
                  try {
                    var inner = el.contentDocument;
                    if (inner) { visit(inner, where + ' > ' + tag); }
                  } catch (e) { /* another origin */ }
                }
              });
            }
            var frame = arguments[0];
            if (frame) {
              if (!frame.contentDocument) { return ['frame ' + frame.title + ' navigated to another origin']; }
              visit(frame.contentDocument, 'frame ' + frame.title);
            } else {
              visit(document, String(location.pathname));
            }
            return found;
            """;

    private XssTrap() {}

    /** From now on every new document in this browser tab gets the trap. */
    static void install(Browser browser) {
        ((HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    }

    /**
     * What the trap recorded in the current document (the top window collects what its frames record), and whether
     * a real dialog is open. The caller decides which frame is current.
     */
    @SuppressWarnings("unchecked")
    static List<String> calls(Browser browser) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            return List.of("an open dialog: " + text);
        } catch (NoAlertPresentException expected) {
            // The trap keeps dialogs from opening; none is open.
        }
        Object log = browser.script("return window.__xss ? window.__xss.slice() : ['the trap is missing'];");
        return (List<String>) log;
    }

    @SuppressWarnings("unchecked")
    static List<String> audit(Browser browser) {
        return (List<String>) browser.script(AUDIT, (Object) null);
    }

    /** The audit of the document in one frame of the current document. */
    @SuppressWarnings("unchecked")
    static List<String> audit(Browser browser, WebElement frame) {
        return (List<String>) browser.script(AUDIT, frame);
    }
}
