/*
 * OncoLearn SCORM player. The launch page already holds every lesson and check as HTML; this script shows one screen
 * at a time and reports to the LMS through SCORM 1.2 or SCORM 2004. What comes next (which check, in which option
 * order, retries, marks, mastery) is decided by flow.js, the learner flow the app follows too. Progress is kept in
 * suspend_data; without an LMS the package runs as an offline self-check and keeps progress in the browser.
 */
(function () {
  "use strict";

  var body = document.body;
  var COURSE = body.getAttribute("data-course");
  var STANDARD = body.getAttribute("data-standard");
  var FINGERPRINT = body.getAttribute("data-fingerprint");
  var CONFIDENCE = body.getAttribute("data-confidence") === "true";
  var FORMAT = "2";
  var VIEWS = "RAFXS";

  // ---------------------------------------------------------------- the player's words

  // The export renders the page with the app's texts (i18n/player) in the course's language, or in English when the
  // app has none in it, and puts the same texts here as JSON data; the script has no words of its own.
  var TEXTS = JSON.parse(document.getElementById("player-texts").textContent);
  var UI_LANG = body.getAttribute("data-ui-lang");
  var COURSE_LANG = document.documentElement.lang;
  // English words in a course in another language are marked as English; course content inside them as the course's.
  var MARKED = UI_LANG !== String(COURSE_LANG).split(/[-_]/)[0].toLowerCase();

  function t(key, args) {
    var text = TEXTS[key];
    if (text === undefined) {
      throw new Error("OncoLearn: no text " + key);
    }
    (args || []).forEach(function (arg, i) {
      text = text.split("{" + i + "}").join(String(arg));
    });
    return text;
  }

  /** The key's ".one" text for a count of 1, its ".other" text otherwise. */
  function plural(key, count, args) {
    return t(key + (count === 1 ? ".one" : ".other"), args);
  }

  function number(n) {
    return String(n).replace(".", t("player.decimal"));
  }

  function percentText(n) {
    return t("player.percent", [number(n)]);
  }

  /**
   * The player's words as nodes in an element: a {content: text} argument is course content (a lesson title, an
   * option), marked with the course's language when the words around it are not in it.
   */
  function compose(el, key, args) {
    var parts = t(key).split(/(\{\d+\})/);
    parts.forEach(function (part) {
      var slot = /^\{(\d+)\}$/.exec(part);
      var value = slot ? args[Number(slot[1])] : part;
      if (value !== null && typeof value === "object") {
        if (MARKED) {
          var span = document.createElement("span");
          span.lang = COURSE_LANG;
          span.textContent = value.content;
          el.appendChild(span);
        } else {
          el.appendChild(document.createTextNode(value.content));
        }
      } else if (value !== "") {
        el.appendChild(document.createTextNode(String(value)));
      }
    });
    return el;
  }

  /** Marks an element that holds the player's words with their language, when it is not the course's. */
  function chrome(el) {
    if (MARKED) {
      el.lang = UI_LANG;
    }
    return el;
  }

  function sureText(level) {
    return t("player.sure." + level);
  }

  // ---------------------------------------------------------------- course read from the page

  var lessons = [];
  var checks = [];
  Array.prototype.forEach.call(document.querySelectorAll(".lesson-reader"), function (section, index) {
    var button = section.querySelector("[data-action=checks]");
    var objectives = {};
    var order = Array.prototype.map.call(section.querySelectorAll(".objectives [data-objective]"), function (item) {
      objectives[item.getAttribute("data-objective")] = item.textContent.trim();
      return item.getAttribute("data-objective");
    });
    lessons.push({
      index: index,
      reader: section,
      name: section.getAttribute("data-title"),
      startButton: button,
      objectiveOrder: order,
      objectives: objectives,
      checks: []
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("form.check"), function (form) {
    var lesson = lessons[Number(form.getAttribute("data-lesson"))];
    var options = Array.prototype.map.call(form.querySelectorAll(".option"), function (row) {
      return {
        id: row.getAttribute("data-option"),
        key: row.getAttribute("data-key") === "true",
        row: row,
        input: row.querySelector("input"),
        label: row.querySelector("label").textContent,
        verdict: row.querySelector(".verdict"),
        rationale: row.querySelector(".rationale")
      };
    });
    var check = {
      index: checks.length,
      lesson: lesson,
      local: lesson.checks.length,
      id: form.getAttribute("data-check"),
      interaction: form.getAttribute("data-interaction"),
      objective: form.getAttribute("data-objective"),
      shuffle: form.getAttribute("data-shuffle") !== "false",
      multiple: form.getAttribute("data-type") === "multiple",
      form: form,
      stem: form.querySelector(".stem").textContent.trim(),
      options: options,
      levels: Array.prototype.slice.call(form.querySelectorAll(".confidence input"))
    };
    checks.push(check);
    lesson.checks.push(check);
  });
  var MASTERY = Number(body.getAttribute("data-mastery")) || 80;

  /** The course as flow.js reads it: lessons by position, each with its objectives and its pool of checks. */
  var description = {
    mastery: MASTERY,
    confidence: CONFIDENCE,
    lessons: lessons.map(function (lesson) {
      return {
        id: String(lesson.index),
        objectives: lesson.objectiveOrder,
        checks: lesson.checks.map(function (check) {
          return {
            id: check.id,
            objective: check.objective,
            type: check.multiple ? "multiple" : "single",
            shuffle: check.shuffle,
            options: check.options.map(function (o) { return { id: o.id, key: o.key }; })
          };
        })
      };
    })
  };

  // A new round draws with a fresh seed; the seed, not the order it gives, is what suspend_data keeps.
  function newSeed() {
    var cryptography = window.crypto || window.msCrypto;
    if (cryptography && cryptography.getRandomValues) {
      return cryptography.getRandomValues(new Uint32Array(1))[0];
    }
    return Math.floor(Math.random() * 4294967296);
  }

  // ---------------------------------------------------------------- learner state and its compact encoding

  var flow = window.OncoFlow.create(description);
  // The screen on top of the flow's next step: the lesson text (R), the feedback on the last answer (F), or the step
  // itself: a check to answer (A), the lesson result (X), the course summary (S).
  var view = "R";

  // Format: version fingerprint | view | the flow's state (flow.js). The option orders are not stored; they follow
  // from each round's seed. A course four times the bundled one stays far below SCORM 1.2's 4,096 characters.
  function encode() {
    return FORMAT + FINGERPRINT + "|" + view + "|" + flow.encode();
  }

  function decode(text) {
    var parts = String(text || "").split("|");
    if (parts.length !== 3 || parts[0] !== FORMAT + FINGERPRINT || parts[1].length !== 1 ||
        VIEWS.indexOf(parts[1]) < 0) {
      return null;
    }
    var state = window.OncoFlow.decode(description, parts[2]);
    return state ? { view: parts[1], state: state } : null;
  }

  // ---------------------------------------------------------------- what the flow says, in the page's terms

  function currentLesson() {
    return lessons[flow.step().lesson.index];
  }

  function checkOf(lessonIndex, local) {
    return lessons[lessonIndex].checks[local];
  }

  function roundOf(lesson) {
    return flow.state.lessons[lesson.index];
  }

  /** The last answer, when it belongs to the open lesson's round and can be shown again. */
  function lastAnswer() {
    var last = flow.state.last;
    var step = flow.step();
    if (!last || step.step === "course-finished" || last.lesson !== step.lesson.index) {
      return null;
    }
    var round = roundOf(lessons[last.lesson]);
    if (round.done < 1 || round.items[round.done - 1] !== last.check) {
      return null;
    }
    return last;
  }

  // Rounded down, so that "80 %" is never shown beside "not mastered".
  function percent(part, whole) {
    return whole === 0 ? 0 : Math.floor(100 * part / whole);
  }

  // ---------------------------------------------------------------- time formats

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) {
      s = "0" + s;
    }
    return s;
  }

  function timespan12(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.min(9999, Math.floor(cs / 360000));
    var m = Math.floor(cs / 6000) % 60;
    var s = Math.floor(cs / 100) % 60;
    return pad(h, 4) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(cs % 100, 2);
  }

  function duration2004(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = (cs % 6000) / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + s.toFixed(2).replace(/\.?0+$/, "") + "S";
  }

  function clock12(date) {
    return pad(date.getHours(), 2) + ":" + pad(date.getMinutes(), 2) + ":" + pad(date.getSeconds(), 2);
  }

  function timestamp2004(date) {
    return date.toISOString().substring(0, 22) + "Z";
  }

  // ---------------------------------------------------------------- finding the LMS

  function hasApi(win, name) {
    try {
      return Boolean(win[name]);
    } catch (e) {
      return false; // a frame from another origin
    }
  }

  // SCORM's discovery algorithm: climb the parent frames, then try the window that opened this one.
  function searchFrom(win, name) {
    var tries = 0;
    try {
      while (win && !hasApi(win, name) && win.parent && win.parent !== win && tries < 500) {
        tries++;
        win = win.parent;
      }
      return win && hasApi(win, name) ? win[name] : null;
    } catch (e) {
      return null;
    }
  }

  function findApi(name) {
    var api = searchFrom(window, name);
    try {
      if (!api && window.opener) {
        api = searchFrom(window.opener, name);
      }
      if (!api && window.top && window.top.opener) {
        api = searchFrom(window.top.opener, name);
      }
    } catch (e) {
      api = null;
    }
    return api;
  }

  // ---------------------------------------------------------------- the two SCORM dialects

  function scorm12(api) {
    return {
      label: "SCORM 1.2",
      calls: {
        init: function () { return api.LMSInitialize(""); },
        get: function (el) { return api.LMSGetValue(el); },
        set: function (el, v) { return api.LMSSetValue(el, v); },
        commit: function () { return api.LMSCommit(""); },
        finish: function () { return api.LMSFinish(""); },
        error: function () {
          var code = api.LMSGetLastError();
          return code + " " + api.LMSGetErrorString(code);
        }
      },
      location: "cmi.core.lesson_location",
      suspendData: "cmi.suspend_data",
      mode: "cmi.core.lesson_mode",
      begin: function (lms) {
        var status = lms.get("cmi.core.lesson_status");
        if (status === "" || status === "not attempted") {
          lms.set("cmi.core.lesson_status", "incomplete");
        }
        return parseFloat(lms.get("cmi.student_data.mastery_score"));
      },
      interaction: function (lms, n, a) {
        var p = "cmi.interactions." + n + ".";
        lms.set(p + "id", a.check.interaction);
        lms.set(p + "type", "choice");
        lms.set(p + "time", clock12(a.at));
        lms.set(p + "weighting", "1");
        lms.set(p + "student_response", a.response.join(","));
        lms.set(p + "correct_responses.0.pattern", a.correctResponse.join(","));
        lms.set(p + "result", a.correct ? "correct" : "wrong");
        lms.set(p + "latency", timespan12(a.latency));
      },
      progress: function () {},
      score: function (lms, score) {
        lms.set("cmi.core.score.min", "0");
        lms.set("cmi.core.score.max", "100");
        lms.set("cmi.core.score.raw", String(score.raw));
        lms.set("cmi.core.lesson_status", score.passed ? "passed" : "failed");
      },
      end: function (lms, done, ms) {
        lms.set("cmi.core.exit", done ? "" : "suspend");
        lms.set("cmi.core.session_time", timespan12(ms));
      }
    };
  }

  function scorm2004(api) {
    return {
      label: "SCORM 2004",
      calls: {
        init: function () { return api.Initialize(""); },
        get: function (el) { return api.GetValue(el); },
        set: function (el, v) { return api.SetValue(el, v); },
        commit: function () { return api.Commit(""); },
        finish: function () { return api.Terminate(""); },
        error: function () {
          var code = api.GetLastError();
          return code + " " + api.GetErrorString(code);
        }
      },
      location: "cmi.location",
      suspendData: "cmi.suspend_data",
      mode: "cmi.mode",
      begin: function (lms) {
        var status = lms.get("cmi.completion_status");
        if (status === "" || status === "unknown" || status === "not attempted") {
          lms.set("cmi.completion_status", "incomplete");
        }
        // 0.56 * 100 is 56.00000000000001 in floating point; round to hundredths of a percent.
        return Math.round(parseFloat(lms.get("cmi.scaled_passing_score")) * 10000) / 100;
      },
      interaction: function (lms, n, a) {
        var p = "cmi.interactions." + n + ".";
        lms.set(p + "id", a.check.interaction);
        lms.set(p + "type", "choice");
        lms.set(p + "description", a.check.stem.substring(0, 250));
        lms.set(p + "timestamp", timestamp2004(a.at));
        lms.set(p + "weighting", "1");
        lms.set(p + "learner_response", a.response.join("[,]"));
        lms.set(p + "correct_responses.0.pattern", a.correctResponse.join("[,]"));
        lms.set(p + "result", a.correct ? "correct" : "incorrect");
        lms.set(p + "latency", duration2004(a.latency));
      },
      progress: function (lms, fraction) {
        lms.set("cmi.progress_measure", fraction.toFixed(4));
      },
      score: function (lms, score) {
        lms.set("cmi.score.min", "0");
        lms.set("cmi.score.max", "100");
        lms.set("cmi.score.raw", String(score.raw));
        lms.set("cmi.score.scaled", String(Math.round(score.raw * 100) / 10000));
        lms.set("cmi.success_status", score.passed ? "passed" : "failed");
        lms.set("cmi.completion_status", "completed");
      },
      end: function (lms, done, ms) {
        lms.set("cmi.exit", done ? "normal" : "suspend");
        lms.set("cmi.session_time", duration2004(ms));
      }
    };
  }

  // ---------------------------------------------------------------- talking to the LMS without ever trapping the learner

  var notice = document.getElementById("connection");

  function say(text, warning) {
    notice.textContent = text;
    chrome(notice);
    notice.classList.toggle("warning", Boolean(warning));
  }

  function connected(dialect) {
    var calls = dialect.calls;
    var started = Date.now();
    var interactions = 0;
    var retries = 0;
    var retryTimer = null;
    var finished = false;
    var reviewOnly = false;
    var label = dialect.label;

    function attempt(fn, args) {
      try {
        return String(fn.apply(null, args || []));
      } catch (e) {
        return "false";
      }
    }

    function problem(what) {
      var detail = attempt(calls.error);
      if (window.console) {
        window.console.warn("OncoLearn: the LMS refused " + what + " (" + detail + ")");
      }
    }

    function ended() {
      say(t("player.lms.ended"), true);
    }

    var lms = {
      get: function (el) {
        var value = attempt(calls.get, [el]);
        return value === "undefined" || value === "null" ? "" : value;
      },
      set: function (el, value) {
        if (finished) {
          ended();
          return false;
        }
        var ok = attempt(calls.set, [el, String(value)]) === "true";
        if (!ok) {
          problem("SetValue " + el);
          say(t("player.lms.refused"), true);
        }
        return ok;
      },
      commit: function () {
        if (finished) {
          ended();
          return;
        }
        if (retryTimer) {
          window.clearTimeout(retryTimer);
          retryTimer = null;
        }
        if (attempt(calls.commit, [""]) === "true") {
          if (retries > 0) {
            say(t("player.lms.reconnected", [label]));
          }
          retries = 0;
          return;
        }
        problem("Commit");
        retries++;
        say(t("player.lms.unconfirmed"), true);
        if (retries <= 5) {
          retryTimer = window.setTimeout(lms.commit, 1000 * Math.pow(2, retries - 1));
        }
      }
    };

    return {
      standalone: false,
      start: function (done) {
        if (attempt(calls.init, [""]) !== "true") {
          problem("Initialize");
          done(null);
          return;
        }
        var mode = lms.get(dialect.mode);
        reviewOnly = mode === "review" || mode === "browse";
        var lmsMastery = reviewOnly ? NaN : dialect.begin(lms);
        var count = parseInt(lms.get("cmi.interactions._count"), 10);
        interactions = isFinite(count) && count >= 0 ? count : 0;
        say(t("player.lms.connected", [label]));
        done({
          saved: lms.get(dialect.suspendData),
          mastery: isFinite(lmsMastery) && lmsMastery > 0 ? lmsMastery : null
        });
      },
      answered: function (a) {
        if (reviewOnly) {
          return;
        }
        dialect.interaction(lms, interactions, a);
        // A refused id leaves no interaction behind; the next one must take the same index.
        var count = parseInt(lms.get("cmi.interactions._count"), 10);
        interactions = isFinite(count) && count > interactions ? count : interactions + 1;
      },
      // Exit and session time go with every save: a browser may drop calls made while the page closes.
      save: function (location, data, fraction, done) {
        if (reviewOnly) {
          return;
        }
        lms.set(dialect.location, location);
        lms.set(dialect.suspendData, data);
        dialect.progress(lms, fraction);
        dialect.end(lms, done, Date.now() - started);
      },
      scored: function (score) {
        if (!reviewOnly) {
          dialect.score(lms, score);
        }
      },
      commit: lms.commit,
      finish: function (done) {
        if (finished) {
          return;
        }
        if (!reviewOnly) {
          dialect.end(lms, done, Date.now() - started);
        }
        lms.commit();
        finished = true;
        if (retryTimer) {
          window.clearTimeout(retryTimer);
        }
        if (attempt(calls.finish, [""]) !== "true") {
          problem("Terminate");
        }
      }
    };
  }

  /** warnOffline: the package was meant to report (a cmi5 launch that failed), so the notice is a warning. */
  function standalone(reason, warnOffline) {
    var key = "oncolearn:" + COURSE + ":" + FINGERPRINT;
    function storage() {
      try {
        return window.localStorage;
      } catch (e) {
        return null;
      }
    }
    return {
      standalone: true,
      start: function (done) {
        say(t("player.offline", [reason]), warnOffline);
        var store = storage();
        var saved = null;
        try {
          saved = store ? store.getItem(key) : null;
        } catch (e) {
          saved = null;
        }
        done({ saved: saved, mastery: null });
      },
      answered: function () {},
      save: function (location, data) {
        var store = storage();
        try {
          if (store) {
            store.setItem(key, data);
          }
        } catch (e) {
          // Private browsing can refuse storage; the self-check still works for this visit.
        }
      },
      scored: function () {},
      commit: function () {},
      finish: function () {}
    };
  }

  function connect() {
    if (STANDARD === "cmi5") {
      var launch = window.OncoCmi5 && window.OncoCmi5.launchParameters(window.location.search);
      if (!launch) {
        return standalone(t("player.cmi5.noLaunch"), true);
      }
      return window.OncoCmi5.link(launch, say, t);
    }
    var api = STANDARD === "scorm2004" ? findApi("API_1484_11") : findApi("API");
    if (!api) {
      return standalone(t("player.lms.none"));
    }
    var link = connected(STANDARD === "scorm2004" ? scorm2004(api) : scorm12(api));
    return link;
  }

  // ---------------------------------------------------------------- screens

  var screens = document.querySelectorAll(".screen");
  var resultScreen = document.getElementById("lesson-result");
  var summaryScreen = document.getElementById("course-summary");
  var progressBar = document.getElementById("course-progress");
  var progressText = document.getElementById("progress-text");
  var shownAt = Date.now();

  function show(screen, focus) {
    Array.prototype.forEach.call(screens, function (s) {
      s.hidden = s !== screen;
    });
    if (focus) {
      var heading = screen.querySelector(".screen-heading");
      heading.focus();
    }
    shownAt = Date.now();
  }

  /** An element; with text, the text is the player's words and the element is marked as such (see chrome). */
  function element(tag, text, className) {
    var el = document.createElement(tag);
    if (text) {
      el.textContent = text;
      chrome(el);
    }
    if (className) {
      el.className = className;
    }
    return el;
  }

  /**
   * A button in the player's words: label is a text or an element's worth of composed nodes; action names what it
   * does whatever the language ("retry", "continue", "summary", "lesson", "read-again", "review").
   */
  function actionButton(label, action, handler, primary) {
    var button = typeof label === "string" ? element("button", label) : chrome(label);
    button.className = primary ? "primary" : "secondary";
    button.type = "button";
    button.setAttribute("data-action", action);
    button.addEventListener("click", handler);
    return button;
  }

  /** "Continue to lesson 2: Title" and the like: the player's words around a lesson's title. */
  function aboutLesson(key, lesson) {
    return compose(document.createElement("button"), key, [lesson.index + 1, { content: lesson.name }]);
  }

  /** The view that can really be shown now; anything else falls back to the flow's next step. */
  function shownView() {
    var step = flow.step();
    if (view === "R" && step.step !== "course-finished") {
      return "R";
    }
    if (view === "F" && lastAnswer()) {
      return "F";
    }
    return { reading: "R", answering: "A", "lesson-finished": "X", "course-finished": "S" }[step.step];
  }

  function render(focus) {
    var step = flow.step();
    var lesson = lessons[step.lesson.index];
    view = shownView();
    if (view === "A") {
      renderCheck(lesson.checks[step.check.index], step, null, focus);
    } else if (view === "F") {
      var last = lastAnswer();
      var round = roundOf(lesson);
      renderCheck(checkOf(last.lesson, last.check), {
        position: round.done,
        count: round.items.length,
        round: round.round,
        order: flow.orderOf(last.lesson, last.check)
      }, last, focus);
    } else if (view === "X") {
      renderResult(lesson, focus);
    } else if (view === "S") {
      renderSummary(focus);
    } else {
      renderReader(lesson, focus);
    }
    renderProgress();
  }

  function renderReader(lesson, focus) {
    var round = roundOf(lesson);
    var button = lesson.startButton;
    var count = button.getAttribute("data-checks");
    if (round.round === 0) {
      button.textContent = plural("player.lesson.start", Number(count), [count]);
    } else if (round.done < round.items.length) {
      button.textContent = t("player.lesson.continue");
    } else {
      button.textContent = t("player.lesson.toResult");
    }
    show(lesson.reader, focus);
  }

  /** A check to answer (answer null), or answered with its feedback; its options in the round's order. */
  function renderCheck(check, at, answer, focus) {
    var form = check.form;
    var answered = answer !== null;
    var heading = form.querySelector(".screen-heading");
    heading.textContent = t(at.round > 1 ? "player.check.headingRetry" : "player.check.heading",
      [at.position, at.count, check.lesson.index + 1]);
    var list = form.querySelector("fieldset.answer");
    at.order.forEach(function (id) {
      list.appendChild(check.options.filter(function (o) { return o.id === id; })[0].row);
    });
    check.options.forEach(function (option) {
      option.input.disabled = answered;
      option.input.checked = answered && answer.chosen.indexOf(option.id) >= 0;
      option.verdict.hidden = !answered;
      option.rationale.hidden = !answered;
      option.row.classList.toggle("is-key", answered && option.key);
      option.row.classList.toggle("is-wrong-choice", answered && !option.key && option.input.checked);
      option.verdict.textContent = answered ? verdictOf(option) : "";
      chrome(option.verdict);
    });
    check.levels.forEach(function (input) {
      input.disabled = answered;
      input.checked = answered && input.value === answer.confidence;
    });
    form.querySelector(".form-error").textContent = "";
    form.querySelector("button[type=submit]").hidden = answered;
    var next = form.querySelector("[data-action=next]");
    next.hidden = !answered;
    next.textContent = t(flow.step().step === "answering" ? "player.check.next" : "player.lesson.toResult");
    var feedback = form.querySelector(".feedback");
    feedback.textContent = "";
    feedback.className = "feedback";
    show(form, focus);
    if (answered) {
      fillFeedback(check, answer);
    }
  }

  function sentence(text) {
    return /[.?!]$/.test(text) ? text : text + ".";
  }

  function verdictOf(option) {
    var chosen = option.input.checked;
    if (option.key) {
      return t(chosen ? "player.verdict.keyChosen" : "player.verdict.keyMissed");
    }
    return t(chosen ? "player.verdict.wrongChosen" : "player.verdict.wrong");
  }

  function isRight(check, chosen) {
    var keys = check.options.filter(function (o) { return o.key; });
    return keys.length === chosen.length && keys.every(function (o) { return chosen.indexOf(o.id) >= 0; });
  }

  function marksText(marks) {
    return plural("player.marks", Math.abs(marks), [(marks > 0 ? "+" : marks < 0 ? "−" : "") + Math.abs(marks)]);
  }

  function fillFeedback(check, answer) {
    var feedback = check.form.querySelector(".feedback");
    var right = isRight(check, answer.chosen);
    feedback.textContent = "";
    feedback.className = "feedback " + (right ? "is-correct" : "is-incorrect");
    feedback.appendChild(element("p", t(right ? "player.feedback.correct" : "player.feedback.notQuite"),
      "feedback-title"));
    var keys = check.options.filter(function (o) { return o.key; });
    if (!right) {
      var answers = sentence(keys.map(function (o) { return o.label; }).join("; "));
      feedback.appendChild(chrome(compose(element("p"),
        "player.feedback.answer." + (keys.length === 1 ? "one" : "other"), [{ content: answers }])));
    }
    if (answer.confidence) {
      var marks = window.OncoFlow.MARKS[answer.confidence][right ? 0 : 1];
      feedback.appendChild(element("p", t("player.feedback.sure", [sureText(answer.confidence),
        t(right ? "player.feedback.right" : "player.feedback.wrong"), marksText(marks)])));
    }
    check.options.filter(function (o) { return answer.chosen.indexOf(o.id) >= 0; }).forEach(function (option) {
      var why = element("p");
      why.appendChild(chrome(compose(element("strong"), "player.feedback.choice", [{ content: option.label }])));
      why.appendChild(document.createTextNode(" " + option.rationale.textContent));
      feedback.appendChild(why);
    });
    feedback.appendChild(element("p", t("player.feedback.hint"), "feedback-hint"));
  }


  /** Marks and calibration in plain words: "When you were sure, you were right 9 times out of 10." */
  function appendConfidence(box, marks, calibration) {
    if (!CONFIDENCE) {
      return;
    }
    box.appendChild(element("p", t("player.marks.total", [marks < 0 ? "−" + Math.abs(marks) : String(marks)]),
      "marks"));
    var lines = window.OncoFlow.LEVELS.slice().reverse().filter(function (level) {
      return calibration[level][1] > 0;
    }).map(function (level) {
      var c = calibration[level];
      return t("player.calibration", [sureText(level), plural("player.calibration.times", c[0], [c[0]]), c[1]]);
    });
    if (lines.length > 0) {
      var list = element("ul", "", "calibration");
      lines.forEach(function (line) {
        list.appendChild(element("li", line));
      });
      box.appendChild(element("h3", t("player.calibration.heading")));
      box.appendChild(list);
    }
  }

  function firstUnfinished() {
    return lessons.filter(function (lesson) { return !flow.finished(flow.lessonAt(lesson.index)); })[0];
  }

  function renderResult(lesson, focus) {
    var result = flow.result(lesson.index);
    var next = lessons[lesson.index + 1];
    var mastery = flow.mastery();
    resultScreen.setAttribute("data-lesson", String(lesson.index));
    resultScreen.querySelector(".screen-heading").textContent = t("player.result.heading", [lesson.index + 1]);
    var box = resultScreen.querySelector(".screen-body");
    box.textContent = "";
    box.appendChild(element("p", t("player.result.score", [result.correct, result.total,
      percentText(percent(result.correct, result.total))]), "score"));
    box.appendChild(element("p", t(result.mastered ? "player.result.mastered" : "player.result.notMastered",
      [percentText(mastery)]), result.mastered ? "mastered" : "not-mastered"));
    box.appendChild(element("p", t("player.result.firstTry", [result.firstTry, result.total,
      percentText(percent(result.firstTry, result.total))])));
    appendConfidence(box, result.marks, result.calibration);
    if (result.missed.length > 0) {
      box.appendChild(element("h3", t("player.result.missed")));
      var list = element("ul", "", "missed");
      result.missed.forEach(function (objective) {
        // An objective is course content: in the course's language, not marked as the player's words.
        var item = document.createElement("li");
        item.textContent = lesson.objectives[objective] || objective;
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    var actions = element("div", "", "actions");
    if (result.missed.length > 0) {
      actions.appendChild(actionButton(plural("player.result.retry", result.missed.length, [result.missed.length]),
        "retry", function () { retryMissed(lesson); }, true));
    }
    var unfinished = firstUnfinished();
    if (next) {
      actions.appendChild(actionButton(aboutLesson("player.result.continue", next), "continue",
        function () { proceed(lesson); }, result.missed.length === 0));
    } else if (!unfinished) {
      actions.appendChild(actionButton(t("player.result.summary"), "summary", function () { proceed(lesson); },
        result.missed.length === 0));
    } else {
      box.appendChild(element("p", t("player.result.summaryLater")));
      actions.appendChild(actionButton(aboutLesson("player.result.goTo", unfinished), "lesson",
        function () { openLesson(unfinished.index); }, result.missed.length === 0));
    }
    actions.appendChild(actionButton(t("player.result.readAgain"), "read-again",
      function () { openLesson(lesson.index); }));
    box.appendChild(actions);
    show(resultScreen, focus);
  }

  function renderSummary(focus) {
    var score = flow.courseScore();
    var mastery = flow.mastery();
    var box = summaryScreen.querySelector(".screen-body");
    box.textContent = "";
    box.appendChild(element("p", plural("player.summary.answered", score.total, [score.correct, score.total,
      percentText(percent(score.correct, score.total))]), "score"));
    box.appendChild(element("p", t(score.passed ? "player.summary.passed" : "player.summary.notPassed",
      [percentText(mastery)]), score.passed ? "mastered" : "not-mastered"));
    appendConfidence(box, score.marks, score.calibration);
    var columns = ["lesson", "score", "firstTry", "mastered"].map(function (key) {
      return t("player.summary." + key);
    });
    // Explicit roles: on a narrow screen the stylesheet lays the rows out as blocks, and some browsers (Safari, for
    // one) drop a table's meaning for screen readers when its parts are no longer displayed as table parts.
    var table = chrome(element("table", "", "summary-table"));
    table.setAttribute("role", "table");
    var thead = table.createTHead();
    thead.setAttribute("role", "rowgroup");
    var head = thead.insertRow();
    head.setAttribute("role", "row");
    columns.forEach(function (text) {
      var th = element("th", text);
      th.scope = "col";
      th.setAttribute("role", "columnheader");
      head.appendChild(th);
    });
    var rows = table.createTBody();
    rows.setAttribute("role", "rowgroup");
    lessons.forEach(function (lesson) {
      var result = flow.result(lesson.index);
      var started = roundOf(lesson).round > 0;
      var row = rows.insertRow();
      row.setAttribute("role", "row");
      var name = compose(element("th"), "player.lesson.title", [lesson.index + 1, { content: lesson.name }]);
      name.scope = "row";
      name.setAttribute("role", "rowheader");
      row.appendChild(name);
      [
        started ? t("player.summary.part", [result.correct, result.total]) : t("player.summary.notStarted"),
        started ? t("player.summary.part", [result.firstTry, result.total]) : t("player.summary.none"),
        flow.finished(flow.lessonAt(lesson.index))
          ? t(result.mastered ? "player.summary.yes" : "player.summary.notYet") : t("player.summary.none")
      ].forEach(function (text, i) {
        var cell = row.insertCell();
        cell.textContent = text;
        cell.setAttribute("role", "cell");
        cell.setAttribute("data-label", columns[i + 1]);
      });
    });
    box.appendChild(table);
    var actions = element("div", "", "actions");
    lessons.forEach(function (lesson) {
      if (flow.canOpen(lesson.index)) {
        actions.appendChild(actionButton(t("player.summary.review", [lesson.index + 1]), "review", function () {
          openLesson(lesson.index);
        }));
      }
    });
    box.appendChild(actions);
    show(summaryScreen, focus);
  }

  function renderProgress() {
    var score = flow.courseScore();
    var open = flow.step();
    progressBar.value = score.answered;
    progressText.textContent = plural("player.progress.answered", score.total, [score.answered, score.total]);
    lessons.forEach(function (lesson) {
      var round = roundOf(lesson);
      var status = document.querySelector("[data-status-of='" + lesson.index + "']");
      var link = document.querySelector(".outline-link[data-lesson='" + lesson.index + "']");
      var openable = flow.canOpen(lesson.index);
      link.disabled = !openable;
      if (lesson.index === open.lesson.index && open.step !== "course-finished") {
        link.setAttribute("aria-current", "step");
      } else {
        link.removeAttribute("aria-current");
      }
      if (flow.finished(flow.lessonAt(lesson.index))) {
        status.textContent = t(flow.result(lesson.index).mastered
          ? "player.status.mastered" : "player.status.finished");
      } else if (round.round > 0) {
        status.textContent = t("player.status.inProgress");
      } else {
        status.textContent = openable ? "" : t("player.status.locked");
      }
    });
  }

  // ---------------------------------------------------------------- what the learner does

  var link = connect();
  var begun = false;
  // cmi5 starts asynchronously (token, launch data and saved progress come over the network); SCORM at once.
  link.start(function (session) {
    if (session === null) {
      link = standalone(link.failure || t("player.lms.noSession"), Boolean(link.failure));
      link.start(begin);
    } else {
      begin(session);
    }
  });

  function begin(session) {
    if (session.mastery !== null) {
      MASTERY = session.mastery;
      flow.setMastery(MASTERY);
    }
    var restored = decode(session.saved);
    if (restored) {
      flow = window.OncoFlow.create(description, restored.state);
      flow.setMastery(MASTERY);
      view = restored.view;
    } else if (session.saved) {
      say(t("player.updated", [notice.textContent]));
    }
    begun = true;
    try {
      render(false);
    } catch (e) {
      // Saved progress that cannot be shown must not leave a blank page: start again instead.
      flow = window.OncoFlow.create(description);
      flow.setMastery(MASTERY);
      view = "R";
      render(false);
    }
    report();
    if (link.exits && exitButton) {
      exitButton.hidden = false;
    }
  }

  function save() {
    var location = "lesson-" + (currentLesson().index + 1) + "/" + shownView();
    var score = flow.courseScore();
    link.save(location, encode(), score.total === 0 ? 1 : score.answered / score.total, flow.everyLessonFinished());
  }

  function report() {
    if (flow.everyLessonFinished()) {
      link.scored(flow.courseScore());
    }
  }

  /** After an action the flow accepted: save, commit and show what comes next. */
  function go(nextView) {
    view = nextView;
    view = shownView();
    save();
    link.commit();
    render(true);
  }

  function openLesson(index) {
    if (!flow.open(index).refused) {
      go("R");
    }
  }

  function startChecks(lesson) {
    if (!flow.start(lesson.index, newSeed()).refused) {
      go("A");
    }
  }

  function retryMissed(lesson) {
    if (!flow.retry(lesson.index, newSeed()).refused) {
      go("A");
    }
  }

  function proceed(lesson) {
    if (!flow.proceed(lesson.index).refused) {
      go(lessons[lesson.index + 1] ? "R" : "S");
    }
  }

  function submit(check) {
    var chosen = check.options.filter(function (o) { return o.input.checked; });
    var level = check.levels.filter(function (input) { return input.checked; })[0];
    var error = check.form.querySelector(".form-error");
    if (chosen.length === 0) {
      error.textContent = t(check.multiple ? "player.error.chooseAll" : "player.error.choose");
      return;
    }
    if (CONFIDENCE && !level) {
      error.textContent = t("player.error.sure");
      check.levels[0].focus();
      return;
    }
    var ids = chosen.map(function (o) { return o.id; });
    var given = flow.answer(check.id, ids, level ? level.value : null);
    if (given.refused) {
      // The screen was not the due check (an old page state); show what is due instead.
      render(true);
      return;
    }
    link.answered({
      check: check,
      response: ids,
      correctResponse: check.options.filter(function (o) { return o.key; }).map(function (o) { return o.id; }),
      correct: given.outcome.correct,
      latency: Date.now() - shownAt,
      at: new Date()
    });
    view = "F";
    save();
    report();
    link.commit();
    render(false);
    check.form.querySelector("[data-action=next]").focus();
  }

  function next() {
    go("A");
  }

  lessons.forEach(function (lesson) {
    lesson.startButton.addEventListener("click", function () { startChecks(lesson); });
  });
  checks.forEach(function (check) {
    check.form.addEventListener("submit", function (event) {
      event.preventDefault();
      submit(check);
    });
    check.form.querySelector("[data-action=next]").addEventListener("click", next);
  });
  Array.prototype.forEach.call(document.querySelectorAll(".outline-link"), function (button) {
    button.addEventListener("click", function () { openLesson(Number(button.getAttribute("data-lesson"))); });
  });

  var left = false;
  function leave() {
    if (!left && begun) {
      left = true;
      save();
      link.finish(flow.everyLessonFinished());
    }
  }
  window.addEventListener("pagehide", leave);
  window.addEventListener("beforeunload", leave);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && left) {
      say(t("player.lms.ended"), true);
    }
  });
  // Mobile browsers may discard a hidden page without a pagehide event; make sure the last state is committed.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && !left && begun) {
      link.commit();
    }
  });

  // cmi5 has no LMS frame that closes the AU: the learner leaves with this button, which ends the session (terminated)
  // and returns to the LMS when it gave a return address.
  var exitButton = document.getElementById("exit");
  if (exitButton) {
    exitButton.addEventListener("click", function () {
      leave();
      // Nothing done after this would be recorded, so the course makes way for the notice that says so.
      exitButton.hidden = true;
      document.querySelector(".layout").hidden = true;
      notice.focus();
    });
  }
}());
