/*
 * OncoLearn patient self-check. The page already holds every screen; this script shows one at a time from the
 * address's #fragment (so the browser's Back and Forward move between screens), checks answers, explains them and
 * builds the summary. Answers live in this tab's sessionStorage only: a reload keeps them, closing the tab ends
 * them, and nothing is ever sent anywhere.
 */
(function () {
  "use strict";

  var doc = document;
  var body = doc.body;
  var root = doc.documentElement;
  var TEXTS = JSON.parse(doc.getElementById("texts").textContent);
  var CONTENT_LANG = body.getAttribute("data-content-lang");
  var COURSE_TITLE = body.getAttribute("data-title");
  var STORE_KEY = "oncolearn-self-check:" + body.getAttribute("data-course") + ":" +
    body.getAttribute("data-fingerprint");

  // ---------------------------------------------------------------- what the tab remembers

  var memory = {};
  var store = {
    get: function () {
      try {
        return window.sessionStorage.getItem(STORE_KEY);
      } catch (e) {
        return memory[STORE_KEY] || null; // storage switched off: the answers last as long as the page
      }
    },
    set: function (value) {
      try {
        window.sessionStorage.setItem(STORE_KEY, value);
      } catch (e) {
        memory[STORE_KEY] = value;
      }
    }
  };

  function load() {
    try {
      var saved = JSON.parse(store.get() || "null");
      if (saved && typeof saved.answers === "object" && saved.answers !== null) {
        return saved;
      }
    } catch (e) {
      // A damaged entry is replaced by a fresh start.
    }
    return null;
  }

  function preferredLanguage() {
    var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""]);
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split("-")[0];
      if (TEXTS[code]) {
        return code;
      }
    }
    return root.getAttribute("data-lang");
  }

  var state = load() || { lang: preferredLanguage(), answers: {}, last: "start" };
  if (!TEXTS[state.lang]) {
    state.lang = "en";
  }

  function save() {
    store.set(JSON.stringify(state));
  }

  // ---------------------------------------------------------------- texts in the chosen language

  function t(key, args) {
    var text = (TEXTS[state.lang] && TEXTS[state.lang][key]) || TEXTS.en[key] || key;
    (args || []).forEach(function (arg, i) {
      text = text.split("{" + i + "}").join(String(arg));
    });
    return text;
  }

  function argsOf(el) {
    var args = [];
    for (var i = 0; el.hasAttribute("data-a" + i); i++) {
      args.push(el.getAttribute("data-a" + i));
    }
    return args;
  }

  function applyLanguage() {
    root.lang = state.lang;
    root.setAttribute("data-lang", state.lang);
    Array.prototype.forEach.call(doc.querySelectorAll("[data-t]"), function (el) {
      el.textContent = t(el.getAttribute("data-t"), argsOf(el));
    });
    Array.prototype.forEach.call(doc.querySelectorAll("[data-l]"), function (el) {
      el.hidden = el.getAttribute("data-l") !== state.lang;
    });
    var switcher = doc.getElementById("language");
    switcher.lang = t("patient.language.otherCode");
    doc.title = t("patient.start.title") + " · OncoLearn";
  }

  // ---------------------------------------------------------------- the questions, read from the page

  var questions = Array.prototype.map.call(doc.querySelectorAll(".question"), function (section) {
    var explanations = section.querySelector(".explanations");
    var ask = explanations.querySelector("[data-ask]");
    return {
      id: section.getAttribute("data-check"),
      section: section,
      form: section.querySelector("form"),
      keys: section.getAttribute("data-keys").split(" "),
      safety: section.hasAttribute("data-safety"),
      stem: section.querySelector(".stem").textContent.trim(),
      options: Array.prototype.map.call(section.querySelectorAll(".option"), function (row) {
        var input = row.querySelector("input");
        return {
          id: input.value,
          input: input,
          row: row,
          badge: row.querySelector(".badge"),
          text: row.querySelector("label").textContent.trim(),
          rationale: explanations.querySelector("[data-rationale='" + input.value + "']").textContent.trim()
        };
      }),
      ask: ask ? ask.textContent.trim() : "",
      feedback: section.querySelector(".feedback"),
      after: section.querySelector(".after"),
      error: section.querySelector(".form-error"),
      submit: section.querySelector("button[type=submit]")
    };
  });

  function answerOf(question) {
    var answer = state.answers[question.id];
    return Array.isArray(answer) ? answer : null;
  }

  function isRight(question) {
    var answer = answerOf(question);
    return answer !== null && answer.length === question.keys.length &&
      question.keys.every(function (key) { return answer.indexOf(key) >= 0; });
  }

  function keyOptions(question) {
    return question.options.filter(function (o) { return question.keys.indexOf(o.id) >= 0; });
  }

  // ---------------------------------------------------------------- building blocks

  function element(tag, text, className, lang) {
    var el = doc.createElement(tag);
    if (text) {
      el.textContent = text;
    }
    if (className) {
      el.className = className;
    }
    if (lang) {
      el.lang = lang;
    }
    return el;
  }

  /** "Label: text", where the label is interface text and the text is course content in its own language. */
  function labelled(tag, label, text, className) {
    var el = element(tag, "", className);
    el.appendChild(element("strong", label));
    el.appendChild(doc.createTextNode(" "));
    el.appendChild(element("span", text, "", CONTENT_LANG));
    return el;
  }

  function button(text, handler, className) {
    var el = element("button", text, className || "");
    el.type = "button";
    el.addEventListener("click", handler);
    return el;
  }

  // ---------------------------------------------------------------- screens

  var screens = doc.querySelectorAll(".screen");
  var urgentReturn = state.last || "start";
  var openedUrgentHere = false;

  function currentId() {
    var id = decodeURIComponent(location.hash.replace(/^#/, ""));
    var el = id ? doc.getElementById(id) : null;
    return el && el.classList.contains("screen") ? id : "start";
  }

  function show(focus) {
    var id = currentId();
    var screen = doc.getElementById(id);
    stopReading();
    Array.prototype.forEach.call(screens, function (s) {
      s.hidden = s !== screen;
    });
    if (id === "urgent") {
      urgentReturn = state.last || "start";
    } else {
      state.last = id;
      save();
    }
    renderScreen(id);
    if (focus) {
      window.scrollTo(0, 0);
      screen.querySelector(".screen-heading").focus();
    }
  }

  function renderScreen(id) {
    if (id === "start") {
      renderStart();
    } else if (id === "summary") {
      renderSummary();
    } else {
      var question = questions.filter(function (q) { return q.section.id === id; })[0];
      if (question) {
        renderQuestion(question);
      }
    }
  }

  function renderStart() {
    var resume = doc.getElementById("resume");
    if (!resume) {
      return;
    }
    var next = questions.filter(function (q) { return answerOf(q) === null; })[0];
    var started = questions.some(function (q) { return answerOf(q) !== null; });
    resume.hidden = !started;
    resume.setAttribute("href", "#" + (next ? next.section.id : "summary"));
  }

  // ---------------------------------------------------------------- a question and its feedback

  function renderQuestion(question) {
    var answer = answerOf(question);
    var answered = answer !== null;
    question.options.forEach(function (option) {
      var chosen = answered && answer.indexOf(option.id) >= 0;
      var key = answered && question.keys.indexOf(option.id) >= 0;
      option.input.checked = chosen;
      option.input.disabled = answered;
      option.row.classList.toggle("is-chosen", chosen);
      option.row.classList.toggle("is-key", key);
      option.badge.textContent = key ? t(chosen ? "patient.option.yoursRight" : "patient.option.key")
        : chosen ? t("patient.option.yours") : "";
    });
    question.submit.hidden = answered;
    question.after.hidden = !answered;
    question.error.textContent = "";
    question.feedback.textContent = "";
    question.feedback.className = "feedback";
    if (answered) {
      fillFeedback(question);
    }
  }

  function fillFeedback(question) {
    var right = isRight(question);
    var box = question.feedback;
    box.className = "feedback " + (right ? "is-right" : "is-not-yet");
    box.appendChild(element("p", t(right ? "patient.feedback.right" : "patient.feedback.notYet"), "feedback-title"));
    question.options.forEach(function (option) {
      if (answerOf(question).indexOf(option.id) >= 0) {
        box.appendChild(labelled("p", t("patient.feedback.chose"), option.text, "chosen"));
        box.appendChild(element("p", option.rationale, "why", CONTENT_LANG));
      }
    });
    if (!right) {
      keyOptions(question).forEach(function (option) {
        box.appendChild(labelled("p", t("patient.feedback.answer"), option.text, "answer"));
        box.appendChild(element("p", option.rationale, "why", CONTENT_LANG));
      });
    }
    if (question.ask) {
      box.appendChild(labelled("p", t("patient.feedback.ask"), question.ask, "ask"));
    }
  }

  function submit(question, event) {
    event.preventDefault();
    var chosen = question.options.filter(function (o) { return o.input.checked; });
    if (chosen.length === 0) {
      question.error.textContent = t("patient.question.choose");
      question.options[0].input.focus();
      return;
    }
    state.answers[question.id] = chosen.map(function (o) { return o.id; });
    save();
    renderQuestion(question);
    question.after.querySelector("a").focus();
  }

  // ---------------------------------------------------------------- the summary

  function missedFirst() {
    var missed = questions.filter(function (q) { return !isRight(q); });
    return missed.filter(function (q) { return q.safety; }).concat(missed.filter(function (q) { return !q.safety; }));
  }

  function questionsToAsk() {
    var asks = [];
    missedFirst().concat(questions.filter(isRight)).forEach(function (q) {
      if (q.ask && asks.indexOf(q.ask) < 0) {
        asks.push(q.ask);
      }
    });
    return asks;
  }

  function today() {
    try {
      return new Date().toLocaleDateString(state.lang, { year: "numeric", month: "long", day: "numeric" });
    } catch (e) {
      return new Date().toDateString();
    }
  }

  /** A question with its answer; for a missed one also why, and what to ask the care team. */
  function summaryItem(q, missed) {
    var item = element("li");
    item.appendChild(labelled("p", t("patient.summary.question"), q.stem, "q"));
    keyOptions(q).forEach(function (option) {
      item.appendChild(labelled("p", t("patient.summary.answer"), option.text));
      if (missed) {
        item.appendChild(labelled("p", t("patient.summary.why"), option.rationale));
      }
    });
    if (missed && q.ask) {
      item.appendChild(labelled("p", t("patient.feedback.ask"), q.ask, "ask"));
    }
    return item;
  }

  function renderSummary() {
    var box = doc.querySelector("#summary .summary-body");
    var right = questions.filter(isRight);
    var missed = missedFirst();
    box.textContent = "";
    box.appendChild(element("p", t("patient.summary.date", [today()]), "date"));
    box.appendChild(element("p", t("patient.summary.score", [right.length, questions.length, COURSE_TITLE]), "score"));

    box.appendChild(element("h3", t("patient.summary.missed")));
    if (missed.length === 0) {
      box.appendChild(element("p", t("patient.summary.missedNone")));
    } else {
      var list = element("ol", "", "missed");
      missed.forEach(function (q) { list.appendChild(summaryItem(q, true)); });
      box.appendChild(list);
    }

    box.appendChild(element("h3", t("patient.summary.right")));
    if (right.length === 0) {
      box.appendChild(element("p", t("patient.summary.rightNone")));
    } else {
      var known = element("ul", "", "right");
      right.forEach(function (q) { known.appendChild(summaryItem(q, false)); });
      box.appendChild(known);
    }

    box.appendChild(element("h3", t("patient.summary.ask")));
    var asks = element("ul", "", "asks");
    questionsToAsk().forEach(function (ask) {
      asks.appendChild(element("li", ask, "", CONTENT_LANG));
    });
    box.appendChild(asks);

    // The warning signs are printed with the summary, copied from the one list on this page.
    box.appendChild(element("h3", t("patient.summary.signs")));
    box.appendChild(visibleCopy(doc.querySelector("#urgent h3.call-now"), "p"));
    box.appendChild(visibleCopy(doc.querySelector("#urgent ul.call-now"), "ul"));
    var more = element("p");
    var link = element("a", t("patient.urgent.link"));
    link.href = "#urgent";
    more.appendChild(link);
    box.appendChild(more);
    box.appendChild(element("p", t("patient.notice.full"), "learning-only"));

    var actions = element("div", "", "actions");
    actions.appendChild(button(t("patient.summary.print"), function () { window.print(); }, "primary"));
    actions.appendChild(button(t("patient.summary.download"), download));
    actions.appendChild(button(t("patient.summary.again"), startAgain));
    box.appendChild(actions);
  }

  /** A copy of an element with only the current language's text, as a new element of the given kind. */
  function visibleCopy(source, tag) {
    var copy = source.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll("[data-l]"), function (el) {
      if (el.hidden) {
        el.parentNode.removeChild(el);
      } else {
        el.removeAttribute("data-l");
      }
    });
    var out = element(tag, "", source.className);
    while (copy.firstChild) {
      out.appendChild(copy.firstChild);
    }
    return out;
  }

  function summaryText() {
    var lines = [];
    var box = doc.querySelector("#summary .summary-body");
    lines.push(t("patient.summary.title"));
    Array.prototype.forEach.call(box.children, function (el) {
      if (el.classList.contains("actions")) {
        return;
      }
      if (el.tagName === "H3") {
        lines.push("", el.textContent.trim());
      } else if (el.tagName === "UL" || el.tagName === "OL") {
        Array.prototype.forEach.call(el.children, function (item, i) {
          var parts = item.children.length ? Array.prototype.map.call(item.children, function (p) {
            return p.textContent.trim();
          }) : [item.textContent.trim()];
          lines.push((el.tagName === "OL" ? (i + 1) + ". " : "- ") + parts.join("\n   "));
        });
      } else {
        lines.push(el.textContent.trim());
      }
    });
    return lines.join("\n") + "\n";
  }

  function download() {
    var blob = new Blob([summaryText()], { type: "text/plain;charset=utf-8" });
    var link = element("a");
    link.href = URL.createObjectURL(blob);
    link.download = "self-check-" + new Date().toISOString().substring(0, 10) + ".txt";
    body.appendChild(link);
    link.click();
    body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function startAgain() {
    state.answers = {};
    save();
    location.hash = "#start";
  }

  // ---------------------------------------------------------------- Listen: the browser's own speech, nothing sent

  var speech = window.speechSynthesis && window.SpeechSynthesisUtterance ? window.speechSynthesis : null;
  var speaking = null;

  /** Only a voice that runs on the device: an online voice would send the text to its provider. */
  function localVoice() {
    if (!speech) {
      return null;
    }
    var voices = speech.getVoices().filter(function (v) {
      return v.localService && String(v.lang).toLowerCase().split(/[-_]/)[0] === CONTENT_LANG;
    });
    return voices.length ? voices[0] : null;
  }

  function updateListenButtons() {
    var available = localVoice() !== null;
    Array.prototype.forEach.call(doc.querySelectorAll("[data-listen]"), function (b) {
      b.hidden = !available;
      b.textContent = t(b === speaking ? "patient.question.stop" : "patient.question.listen");
      b.setAttribute("data-t", b === speaking ? "patient.question.stop" : "patient.question.listen");
      b.setAttribute("aria-pressed", b === speaking ? "true" : "false");
    });
  }

  function stopReading() {
    if (speech && speaking) {
      speaking = null;
      speech.cancel();
      updateListenButtons();
    }
  }

  function listen(buttonEl) {
    if (speaking === buttonEl) {
      stopReading();
      return;
    }
    stopReading();
    var section = buttonEl.closest(".question");
    var text;
    if (buttonEl.getAttribute("data-listen") === "question") {
      var question = questions.filter(function (q) { return q.section === section; })[0];
      text = [question.stem].concat(question.options.map(function (o, i) {
        return (i + 1) + ". " + o.text;
      })).join("\n");
    } else {
      text = section.querySelector(".feedback").textContent;
    }
    var utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = CONTENT_LANG;
    utterance.voice = localVoice();
    utterance.onend = function () {
      if (speaking === buttonEl) {
        speaking = null;
        updateListenButtons();
      }
    };
    speaking = buttonEl;
    updateListenButtons();
    speech.speak(utterance);
  }

  // ---------------------------------------------------------------- wiring

  questions.forEach(function (question) {
    question.form.addEventListener("submit", function (event) { submit(question, event); });
  });
  Array.prototype.forEach.call(doc.querySelectorAll("[data-listen]"), function (b) {
    b.addEventListener("click", function () { listen(b); });
  });
  Array.prototype.forEach.call(doc.querySelectorAll("a[href='#urgent']"), function (link) {
    link.addEventListener("click", function () { openedUrgentHere = true; });
  });
  doc.addEventListener("click", function (event) {
    // The summary's own urgent link is made later; it counts as opened from here too.
    if (event.target.closest && event.target.closest("a[href='#urgent']")) {
      openedUrgentHere = true;
    }
  });
  Array.prototype.forEach.call(doc.querySelectorAll(".urgent-back"), function (back) {
    back.addEventListener("click", function () {
      if (openedUrgentHere) {
        openedUrgentHere = false;
        history.back();
      } else {
        location.hash = "#" + urgentReturn;
      }
    });
  });
  doc.getElementById("language").addEventListener("click", function () {
    state.lang = t("patient.language.otherCode");
    save();
    applyLanguage();
    renderScreen(currentId());
    updateListenButtons();
  });
  window.addEventListener("hashchange", function () { show(true); });
  if (speech && typeof speech.addEventListener === "function") {
    speech.addEventListener("voiceschanged", updateListenButtons);
  }

  applyLanguage();
  show(false);
  updateListenButtons();
}());
