package org.oncolearn.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Well-known cross-site scripting vectors. Each one, if it ever runs, calls the trap that {@link XssTrap} installs:
 * {@code xss(n)}, {@code alert(n)}, {@code confirm(n)} or {@code prompt(n)}, or for documents of another origin a
 * message {@code "xss:n"} to the page that embeds them. The number {@code n} names the vector.
 */
final class XssVectors {

    /** One vector; {@code id} is the number it reports when it runs. */
    record Vector(int id, String kind, String text) {

        /** How a report from this vector looks in the trap's log, to tell which vectors ran. */
        String mark() {
            return "(" + id + ")";
        }
    }

    static final List<Vector> ALL = build();

    private XssVectors() {}

    private static List<Vector> build() {
        List<Vector> all = new ArrayList<>();
        // Script elements.
        add(all, "script tag", "<script>xss(1)</script>");
        add(all, "mixed-case script tag", "<ScRiPt>alert(2)</sCrIpT>");
        add(all, "script with a data: source", "<script src=\"data:text/javascript,xss(3)\"></script>");
        // Event handlers.
        add(all, "img onerror without quotes", "<img src=x onerror=xss(4)>");
        add(all, "img onerror with quotes", "<img src=\"x\" onerror=\"alert(5)\">");
        add(all, "mixed-case img onerror", "<IMG SRC=x OnErRoR=confirm(6)>");
        add(all, "handler as hex entities", "<img src=x onerror=\"&#x78;&#x73;&#x73;(7)\">");
        add(all, "handler with a JavaScript unicode escape", "<img src=x onerror=\\u0078ss(8)>");
        add(all, "svg onload", "<svg onload=xss(9)>");
        add(all, "svg onload with slash separator", "<svg/onload=prompt(10)>");
        add(all, "script inside svg", "<svg><script>xss(11)</script></svg>");
        add(all, "svg animate onbegin", "<svg><animate onbegin=xss(12) attributeName=x dur=1s>");
        add(
                all,
                "svg xlink:href javascript",
                "<svg><a xlink:href=\"javascript:xss(13)\"><text x=\"20\" y=\"20\">13</text></a></svg>");
        add(all, "MathML mutation", "<math><mtext><table><mglyph><style><img src=x onerror=xss(14)>");
        add(all, "MathML href", "<math href=\"javascript:xss(15)\">15</math>");
        add(all, "body onload", "<body onload=xss(16)>");
        // Frames and plugins.
        add(all, "iframe javascript: source", "<iframe src=\"javascript:parent.xss(17)\"></iframe>");
        add(all, "iframe srcdoc script", "<iframe srcdoc=\"<script>parent.xss(18)</script>\"></iframe>");
        add(
                all,
                "iframe srcdoc with encoded markup",
                "<iframe srcdoc=\"&lt;img src=x onerror=parent.xss(19)&gt;\"></iframe>");
        add(all, "object javascript: data", "<object data=\"javascript:parent.xss(20)\"></object>");
        add(all, "embed javascript: source", "<embed src=\"javascript:parent.xss(21)\">");
        add(
                all,
                "object with a data: document",
                "<object data=\"data:text/html,<script>top.postMessage('xss:(22)','*')</script>\"></object>");
        // Links.
        add(all, "javascript: link", "<a href=\"javascript:xss(23)\">link 23</a>");
        add(all, "javascript: link with leading space", "<a href=\" javascript:xss(24)\">link 24</a>");
        add(all, "mixed-case javascript: link", "<a href=\"JaVaScRiPt:xss(25)\">link 25</a>");
        add(all, "javascript: link split by an encoded tab", "<a href=\"jav&#x09;ascript:xss(26)\">link 26</a>");
        add(
                all,
                "javascript: link as decimal entities",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;xss(27)\">link 27</a>");
        add(
                all,
                "javascript: link as padded entities without semicolons",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
                        + "&#0000058xss(28)\">link 28</a>");
        add(all, "javascript: link with a named colon entity", "<a href=\"javascript&colon;xss(29)\">link 29</a>");
        add(all, "vbscript: link", "<a href=\"vbscript:xss(30)\">link 30</a>");
        add(all, "data: link to a script page", "<a href=\"" + dataPage(31) + "\">link 31</a>");
        // Style.
        add(all, "CSS url(javascript:)", "<div style=\"background-image:url(javascript:xss(32))\">32</div>");
        add(all, "CSS expression()", "<div style=\"width:expression(xss(33))\">33</div>");
        add(all, "CSS @import javascript:", "<style>@import 'javascript:xss(34)';</style>");
        add(all, "style element with url(javascript:)", "<style>body{background:url(\"javascript:xss(35)\")}</style>");
        add(all, "stylesheet link to javascript:", "<link rel=stylesheet href=\"javascript:xss(36)\">");
        // Document-level elements.
        add(all, "meta refresh to javascript:", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:xss(37)\">");
        add(all, "base href javascript:", "<base href=\"javascript:xss(38)//\">");
        add(all, "form action javascript:", "<form action=\"javascript:xss(39)\"><button>send 39</button></form>");
        add(all, "button formaction", "<form><button formaction=\"javascript:xss(40)\">send 40</button></form>");
        // Handlers that fire without a click.
        add(all, "input autofocus onfocus", "<input autofocus onfocus=xss(41)>");
        add(all, "select autofocus onfocus", "<select autofocus onfocus=alert(42)></select>");
        add(all, "textarea autofocus onfocus", "<textarea autofocus onfocus=xss(43)></textarea>");
        add(all, "details ontoggle", "<details open ontoggle=xss(44)>");
        add(all, "video source onerror", "<video><source onerror=xss(45)></video>");
        add(all, "audio onerror", "<audio src=x onerror=xss(46)>");
        add(all, "marquee onstart", "<marquee onstart=xss(47)>47</marquee>");
        add(all, "custom element onclick", "<x onclick=xss(48)>click 48</x>");
        add(all, "div onmouseover", "<div onmouseover=\"xss(49)\">hover 49</div>");
        // Breaking out of attributes, elements and comments.
        add(all, "double-quote attribute breakout", "\"><script>xss(50)</script>");
        add(all, "single-quote attribute breakout", "'><img src=x onerror=xss(51)>");
        add(all, "injected handler attributes", "\" onmouseover=\"xss(52)\" autofocus onfocus=\"xss(52)\" x=\"");
        add(all, "injected single-quoted handler", "' onfocus='xss(53)' autofocus='");
        add(all, "textarea breakout", "</textarea><script>xss(54)</script>");
        add(all, "title breakout", "</title><script>xss(55)</script>");
        add(all, "script breakout", "</script><script>xss(56)</script>");
        add(all, "style breakout", "</style><svg onload=xss(57)>");
        add(all, "comment breakout", "--><script>xss(58)</script><!--");
        add(all, "comment in an attribute", "<!--<img src=\"--><img src=x onerror=xss(59)//\">");
        add(all, "CDATA section", "<![CDATA[><img src=x onerror=xss(60)>]]>");
        add(all, "doubled angle bracket", "<<script>xss(61)//<</script>");
        // Obfuscated code.
        add(all, "base64 eval", "<img src=x onerror=eval(atob('" + base64("xss(62)") + "'))>");
        add(all, "computed function name", "<img src=x onerror=window['x'+'ss'](63)>");
        add(all, "parentheses as entities", "<img src=x onerror=xss&#40;64&#41;>");
        add(all, "tagged template call", "<img src=x onerror=xss`(65)`>");
        add(all, "eval of the src attribute", "<img src=x:alert(alt) onerror=eval(src) alt=(66)>");
        add(all, "tab separators", "<img\tsrc=x\tonerror=xss(67)>");
        add(all, "newline separators", "<img\nsrc=x\nonerror=xss(68)>");
        add(all, "null byte in the scheme", "<a href=\"java\0script:xss(69)\">link 69</a>");
        add(all, "null byte in the tag name", "<scr\0ipt>xss(70)</scr\0ipt>");
        // Template and framework injection.
        add(all, "template literal", "${xss(71)}");
        add(all, "Angular expression", "{{constructor.constructor('xss(72)')()}}");
        add(all, "Velocity directive", "#set($x = \"<script>xss(73)</script>\")$x $!{x} #foreach($i in [1])$i#end");
        add(all, "server template", "<%= xss(74) %>");
        add(all, "Thymeleaf inline expression", "[[${xss(75)}]]");
        add(all, "bare javascript: address", "javascript:xss(76)");
        add(
                all,
                "polyglot",
                "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=xss(77) )//%0D%0A%0d%0a//</stYle/</titLe/"
                        + "</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=xss(77)//>\\x3e");
        add(all, "obsolete image element", "<image src=x onerror=xss(78)>");
        add(all, "svg script with a data: href", "<svg><script href=\"data:,xss(79)\"></script></svg>");
        add(all, "autofocus onfocusin", "<div tabindex=0 autofocus onfocusin=xss(80)>80</div>");
        // Markdown.
        add(all, "Markdown javascript: link", "[link 81](javascript:xss(81))");
        add(all, "Markdown upper-case javascript: link", "[link 82](JAVASCRIPT:xss(82))");
        add(all, "Markdown link in angle brackets", "[link 83](<javascript:xss(83)>)");
        add(all, "Markdown autolink", "<javascript:xss(84)>");
        add(all, "Markdown reference link", "[link 85][r85]\n\n[r85]: javascript:xss(85)");
        add(all, "Markdown image with javascript:", "![image 86](javascript:xss(86))");
        add(all, "Markdown link title breakout", "[link 87](https://example.org/ \"t\\\" onmouseover=\\\"xss(87)\")");
        add(all, "Markdown data: link", "[link 88](" + dataPage(88) + ")");
        add(all, "Markdown vbscript: link", "[link 89](vbscript:xss(89))");
        add(all, "Markdown entity-encoded scheme", "[link 90](&#106;avascript:xss(90))");
        add(all, "Markdown entity-encoded colon", "[link 91](javascript&#58;xss(91))");
        add(all, "Markdown fenced code info breakout", "```\"><script>xss(92)</script>\ncode 92\n```");
        add(all, "Markdown inline code", "`<img src=x onerror=xss(93)>`");
        add(all, "Markdown HTML block", "<div>\n<script>xss(94)</script>\n</div>");
        add(all, "Markdown markup in link text", "[<img src=x onerror=xss(95)>](https://example.org/)");
        add(all, "Markdown markup in a link address", "[link 96](https://example.org/?q=<script>xss(96)</script>)");
        return List.copyOf(all);
    }

    private static void add(List<Vector> all, String kind, String text) {
        int id = all.size() + 1;
        if (!text.contains(Integer.toString(id)) && !text.contains("base64") && !text.contains("atob")) {
            throw new IllegalStateException("vector " + id + " does not report its own number: " + text);
        }
        all.add(new Vector(id, kind, text));
    }

    /** An HTML page as a data: address that reports to the top window. */
    private static String dataPage(int id) {
        return "data:text/html;base64," + base64("<script>top.postMessage('xss:(" + id + ")','*')</script>");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
