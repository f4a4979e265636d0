/*
 * OncoLearn SCORM player. The launch page already holds every lesson and check as HTML; this script shows one screen
 * at a time, scores answers, keeps progress in suspend_data and reports to the LMS through SCORM 1.2 or SCORM 2004.
 * Without an LMS it runs as an offline self-check and keeps progress in the browser.
 */
(function () {
  "use strict";

  var body = document.body;
  var COURSE = body.getAttribute("data-course");
  var STANDARD = body.getAttribute("data-standard");
  var FINGERPRINT = body.getAttribute("data-fingerprint");
  var FORMAT = "1";
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  // ---------------------------------------------------------------- course read from the page

  var lessons = [];
  var checks = [];
  Array.prototype.forEach.call(document.querySelectorAll(".lesson-reader"), function (section, index) {
    var button = section.querySelector("[data-action=checks]");
    lessons.push({
      index: index,
      reader: section,
      title: section.querySelector(".screen-heading").textContent,
      startButton: button,
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
      multiple: form.getAttribute("data-type") === "multiple",
      form: form,
      stem: form.querySelector(".stem").textContent.trim(),
      options: options,
      keyMask: maskOf(options.filter(function (o) { return o.key; }))
    };
    checks.push(check);
    lesson.checks.push(check);
  });
  var MASTERY = Number(body.getAttribute("data-mastery")) || 80;

  function maskOf(options) {
    return options.reduce(function (mask, option) {
      return mask | (1 << optionIndex(option));
    }, 0);
  }

  function optionIndex(option) {
    return option.id.charCodeAt(0) - 97;
  }

  function optionsIn(check, mask) {
    return check.options.filter(function (o) { return (mask & (1 << optionIndex(o))) !== 0; });
  }

  // ---------------------------------------------------------------- learner state and its compact encoding

  function freshState() {
    return {
      lesson: 0,
      view: "R",
      answers: checks.map(function () { return 0; }),
      firstTry: checks.map(function () { return 0; }),
      rounds: lessons.map(function () { return { phase: 0, retry: false, done: 0, items: [] }; })
    };
  }

  var state = freshState();

  // Format: version fingerprint | lesson.view | answers (one digit per check) | first tries | rounds. Even a course
  // with hundreds of checks stays far below SCORM 1.2's 4,096 characters.
  function encode(s) {
    return [
      FORMAT + FINGERPRINT,
      s.lesson.toString(36) + "." + s.view,
      s.answers.map(function (m) { return DIGITS.charAt(m); }).join(""),
      s.firstTry.join(""),
      s.rounds.map(function (r) {
        return r.phase + (r.retry ? "r" : "f") + r.done.toString(36) + "." +
          r.items.map(function (i) { return i.toString(36); }).join(",");
      }).join("~")
    ].join("|");
  }

  function decode(text) {
    var parts = String(text || "").split("|");
    if (parts.length !== 5 || parts[0] !== FORMAT + FINGERPRINT) {
      return null;
    }
    var position = parts[1].split(".");
    var answers = parts[2].split("").map(function (c) { return DIGITS.indexOf(c); });
    var firstTry = parts[3].split("").map(Number);
    var rounds = parts[4].split("~").map(function (r) {
      var head = r.split(".");
      return {
        phase: Number(head[0].charAt(0)),
        retry: head[0].charAt(1) === "r",
        done: parseInt(head[0].substring(2), 36),
        items: (head[1] || "").split(",").filter(Boolean).map(function (c) { return parseInt(c, 36); })
      };
    });
    var s = {
      lesson: parseInt(position[0], 36),
      view: position[1],
      answers: answers,
      firstTry: firstTry,
      rounds: rounds
    };
    return isConsistent(s) ? s : null;
  }

  function isConsistent(s) {
    return s.lesson >= 0 && s.lesson < lessons.length && "RAFXS".indexOf(s.view) >= 0 && s.view.length === 1 &&
      s.answers.length === checks.length && s.firstTry.length === checks.length &&
      s.answers.every(function (m) { return m >= 0; }) &&
      s.firstTry.every(function (f) { return f >= 0 && f <= 2; }) &&
      s.rounds.length === lessons.length &&
      s.rounds.every(function (r, i) {
        return r.phase >= 0 && r.phase <= 2 && r.done >= 0 && r.done <= r.items.length &&
          r.items.every(function (item) { return item >= 0 && item < lessons[i].checks.length; });
      }) &&
      viewFits(s);
  }

  // The open screen must match its round: a check to answer, or an answered check to show feedback for.
  function viewFits(s) {
    var round = s.rounds[s.lesson];
    if (s.view === "A") {
      return round.done < round.items.length;
    }
    if (s.view === "F") {
      return round.done >= 1;
    }
    return true;
  }

  // ---------------------------------------------------------------- scoring, the same rules as the app

  function isCorrect(check) {
    return state.answers[check.index] === check.keyMask;
  }

  function lessonResult(lesson) {
    var correct = 0;
    var first = 0;
    var missed = [];
    lesson.checks.forEach(function (check) {
      if (isCorrect(check)) {
        correct++;
      } else {
        missed.push(check);
      }
      if (state.firstTry[check.index] === 1) {
        first++;
      }
    });
    var total = lesson.checks.length;
    return {
      correct: correct,
      total: total,
      first: first,
      missed: missed,
      mastered: total > 0 && correct * 100 >= MASTERY * total
    };
  }

  // Rounded down, so that "80 %" is never shown beside "not mastered".
  function percent(part, whole) {
    return whole === 0 ? 0 : Math.floor(100 * part / whole);
  }

  function courseScore() {
    var correct = checks.filter(isCorrect).length;
    return {
      correct: correct,
      total: checks.length,
      // Rounded down so that the LMS, comparing this with the mastery score, always agrees with the player.
      raw: checks.length === 0 ? 0 : Math.floor(10000 * correct / checks.length) / 100,
      passed: checks.length > 0 && correct * 100 >= MASTERY * checks.length
    };
  }

  function answeredCount() {
    return state.answers.filter(function (m) { return m !== 0; }).length;
  }

  function everyLessonFinished() {
    return state.rounds.every(function (r) { return r.phase === 2; });
  }

  function courseDone() {
    return everyLessonFinished() && state.rounds.every(function (r) { return r.done === r.items.length; });
  }

  function canOpen(index) {
    for (var i = 0; i < index; i++) {
      if (state.rounds[i].phase === 0) {
        return false;
      }
    }
    return true;
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
      say("This session has ended. Close the course and open it again from your learning management system to " +
        "carry on; your saved progress is kept.", true);
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
          say("Your learning management system did not accept part of your progress. You can keep going; " +
            "if this stays, tell your course administrator.", true);
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
            say("Connected to your learning management system (" + label + "). Your progress is saved.");
          }
          retries = 0;
          return;
        }
        problem("Commit");
        retries++;
        say("Your learning management system has not confirmed that your progress was saved. " +
          "Trying again; you can keep going.", true);
        if (retries <= 5) {
          retryTimer = window.setTimeout(lms.commit, 1000 * Math.pow(2, retries - 1));
        }
      }
    };

    return {
      standalone: false,
      start: function () {
        if (attempt(calls.init, [""]) !== "true") {
          problem("Initialize");
          return null;
        }
        var mode = lms.get(dialect.mode);
        reviewOnly = mode === "review" || mode === "browse";
        var lmsMastery = reviewOnly ? NaN : dialect.begin(lms);
        var count = parseInt(lms.get("cmi.interactions._count"), 10);
        interactions = isFinite(count) && count >= 0 ? count : 0;
        say("Connected to your learning management system (" + label + "). Your progress is saved as you go.");
        return {
          saved: lms.get(dialect.suspendData),
          mastery: isFinite(lmsMastery) && lmsMastery > 0 ? lmsMastery : null
        };
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

  function standalone(reason) {
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
      start: function () {
        say(reason + " This is an offline self-check: nothing is reported, and your progress stays in this browser.");
        var store = storage();
        var saved = null;
        try {
          saved = store ? store.getItem(key) : null;
        } catch (e) {
          saved = null;
        }
        return { saved: saved, mastery: null };
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
    var api = STANDARD === "scorm2004" ? findApi("API_1484_11") : findApi("API");
    if (!api) {
      return standalone("No learning management system was found.");
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

  function element(tag, text, className) {
    var el = document.createElement(tag);
    if (text) {
      el.textContent = text;
    }
    if (className) {
      el.className = className;
    }
    return el;
  }

  function actionButton(text, handler, primary) {
    var button = element("button", text, primary ? "primary" : "secondary");
    button.type = "button";
    button.addEventListener("click", handler);
    return button;
  }

  function currentRound() {
    return state.rounds[state.lesson];
  }

  function render(focus) {
    var lesson = lessons[state.lesson];
    var round = currentRound();
    if (state.view === "A" || state.view === "F") {
      var position = state.view === "A" ? round.done : round.done - 1;
      renderCheck(lesson.checks[round.items[position]], position, round, focus);
    } else if (state.view === "X") {
      renderResult(lesson, focus);
    } else if (state.view === "S") {
      renderSummary(focus);
    } else {
      renderReader(lesson, focus);
    }
    renderProgress();
  }

  function renderReader(lesson, focus) {
    var round = state.rounds[lesson.index];
    var button = lesson.startButton;
    var count = button.getAttribute("data-checks");
    if (round.phase === 0) {
      button.textContent = count === "1" ? "Start the check" : "Start the " + count + " checks";
    } else if (round.done < round.items.length) {
      button.textContent = "Continue the checks";
    } else {
      button.textContent = "See your lesson result";
    }
    show(lesson.reader, focus);
  }

  function renderCheck(check, position, round, focus) {
    var form = check.form;
    var answered = state.view === "F";
    var heading = form.querySelector(".screen-heading");
    heading.textContent = (round.retry ? "Retry: check " : "Check ") + (position + 1) + " of " + round.items.length +
      " · Lesson " + (check.lesson.index + 1);
    var mask = state.answers[check.index];
    check.options.forEach(function (option) {
      option.input.disabled = answered;
      option.input.checked = answered && (mask & (1 << optionIndex(option))) !== 0;
      option.verdict.hidden = !answered;
      option.rationale.hidden = !answered;
      option.row.classList.toggle("is-key", answered && option.key);
      option.row.classList.toggle("is-wrong-choice", answered && !option.key && option.input.checked);
      option.verdict.textContent = answered ? verdictOf(option) : "";
    });
    form.querySelector(".form-error").textContent = "";
    form.querySelector("button[type=submit]").hidden = answered;
    var next = form.querySelector("[data-action=next]");
    next.hidden = !answered;
    next.textContent = round.done < round.items.length ? "Next check" : "See your lesson result";
    var feedback = form.querySelector(".feedback");
    if (!answered) {
      feedback.textContent = "";
      feedback.className = "feedback";
    }
    show(form, focus);
  }

  function sentence(text) {
    return /[.?!]$/.test(text) ? text : text + ".";
  }

  function verdictOf(option) {
    var chosen = option.input.checked;
    if (option.key) {
      return chosen ? "Your choice — correct." : "Correct answer — you did not choose it.";
    }
    return chosen ? "Your choice — not correct." : "Not correct.";
  }

  function fillFeedback(check) {
    var form = check.form;
    var feedback = form.querySelector(".feedback");
    var right = isCorrect(check);
    feedback.textContent = "";
    feedback.className = "feedback " + (right ? "is-correct" : "is-incorrect");
    feedback.appendChild(element("p", right ? "Correct" : "Not quite", "feedback-title"));
    var keys = check.options.filter(function (o) { return o.key; });
    if (!right) {
      feedback.appendChild(element("p", (keys.length > 1 ? "The correct answers are: " : "The correct answer is: ") +
        sentence(keys.map(function (o) { return o.label; }).join("; "))));
    }
    optionsIn(check, state.answers[check.index]).forEach(function (option) {
      var why = element("p");
      why.appendChild(element("strong", "Your choice: " + option.label));
      why.appendChild(document.createTextNode(" " + option.rationale.textContent));
      feedback.appendChild(why);
    });
    feedback.appendChild(element("p", "Each option below now shows why it is right or wrong.", "feedback-hint"));
  }

  function renderResult(lesson, focus) {
    var result = lessonResult(lesson);
    var next = lessons[lesson.index + 1];
    resultScreen.querySelector(".screen-heading").textContent = "Lesson " + (lesson.index + 1) + " result";
    var box = resultScreen.querySelector(".screen-body");
    box.textContent = "";
    box.appendChild(element("p", result.correct + " of " + result.total + " correct (" +
      percent(result.correct, result.total) + " %)", "score"));
    box.appendChild(element("p", result.mastered
      ? "Mastered: you reached the " + MASTERY + " % mastery level."
      : "Not mastered yet: the mastery level is " + MASTERY + " %. Retry the checks you missed to get there.",
      result.mastered ? "mastered" : "not-mastered"));
    box.appendChild(element("p", "On your first try: " + result.first + " of " + result.total + " (" +
      percent(result.first, result.total) + " %)"));
    if (result.missed.length > 0) {
      box.appendChild(element("h3", "Checks you missed"));
      var list = element("ul");
      result.missed.forEach(function (check) {
        list.appendChild(element("li", check.stem));
      });
      box.appendChild(list);
    }
    var actions = element("div", "", "actions");
    if (result.missed.length > 0) {
      actions.appendChild(actionButton("Retry the " + result.missed.length + " check" +
        (result.missed.length === 1 ? "" : "s") + " you missed", function () { retryMissed(lesson); }, true));
    }
    if (next) {
      actions.appendChild(actionButton("Continue to lesson " + (next.index + 1) + ": " +
        next.title.replace(/^Lesson \d+: /, ""), function () { openLesson(next.index); }, result.missed.length === 0));
    } else {
      actions.appendChild(actionButton("See the course summary", showSummary, result.missed.length === 0));
    }
    actions.appendChild(actionButton("Read the lesson again", function () { openLesson(lesson.index); }));
    box.appendChild(actions);
    show(resultScreen, focus);
  }

  function renderSummary(focus) {
    var score = courseScore();
    var box = summaryScreen.querySelector(".screen-body");
    box.textContent = "";
    box.appendChild(element("p", "You answered " + score.correct + " of " + score.total + " checks correctly (" +
      percent(score.correct, score.total) + " %).", "score"));
    if (everyLessonFinished()) {
      box.appendChild(element("p", score.passed
        ? "Passed: you reached the course mastery level of " + MASTERY + " %."
        : "Not passed yet: the course mastery level is " + MASTERY + " %. Retry the checks you missed in any lesson.",
        score.passed ? "mastered" : "not-mastered"));
    } else {
      box.appendChild(element("p", "Some lessons are not finished yet.", "not-mastered"));
    }
    var table = element("table", "", "summary-table");
    var head = table.createTHead().insertRow();
    ["Lesson", "Score", "First try", "Mastered"].forEach(function (text) {
      var th = element("th", text);
      th.scope = "col";
      head.appendChild(th);
    });
    var rows = table.createTBody();
    lessons.forEach(function (lesson) {
      var result = lessonResult(lesson);
      var started = state.rounds[lesson.index].phase > 0;
      var row = rows.insertRow();
      var name = element("th", lesson.title);
      name.scope = "row";
      row.appendChild(name);
      row.insertCell().textContent = started ? result.correct + " of " + result.total : "not started";
      row.insertCell().textContent = started ? result.first + " of " + result.total : "–";
      row.insertCell().textContent = state.rounds[lesson.index].phase === 2 ? (result.mastered ? "yes" : "not yet") : "–";
    });
    box.appendChild(table);
    var actions = element("div", "", "actions");
    lessons.forEach(function (lesson) {
      if (canOpen(lesson.index)) {
        actions.appendChild(actionButton("Review lesson " + (lesson.index + 1), function () {
          openLesson(lesson.index);
        }));
      }
    });
    box.appendChild(actions);
    show(summaryScreen, focus);
  }

  function renderProgress() {
    var answered = answeredCount();
    progressBar.value = answered;
    progressText.textContent = answered + " of " + checks.length + " checks answered";
    lessons.forEach(function (lesson) {
      var round = state.rounds[lesson.index];
      var status = document.querySelector("[data-status-of='" + lesson.index + "']");
      var link = document.querySelector(".outline-link[data-lesson='" + lesson.index + "']");
      var open = canOpen(lesson.index);
      link.disabled = !open;
      if (lesson.index === state.lesson && state.view !== "S") {
        link.setAttribute("aria-current", "step");
      } else {
        link.removeAttribute("aria-current");
      }
      if (round.phase === 2) {
        status.textContent = lessonResult(lesson).mastered ? "mastered" : "finished";
      } else if (round.phase === 1) {
        status.textContent = "in progress";
      } else {
        status.textContent = open ? "" : "locked";
      }
    });
  }

  // ---------------------------------------------------------------- what the learner does

  var link = connect();
  var session = link.start();
  if (session === null) {
    link = standalone("Your learning management system did not start a session.");
    session = link.start();
  }
  if (session.mastery !== null) {
    MASTERY = session.mastery;
  }
  var restored = decode(session.saved);
  if (restored) {
    state = restored;
  } else if (session.saved) {
    say(notice.textContent + " This course was updated since your last visit, so it starts again from the beginning.");
  }

  function save() {
    var lesson = lessons[state.lesson];
    var location = "lesson-" + (lesson.index + 1) + "/" + state.view;
    link.save(location, encode(state), checks.length === 0 ? 1 : answeredCount() / checks.length, courseDone());
  }

  function report() {
    if (everyLessonFinished()) {
      link.scored(courseScore());
    }
  }

  function go(view, lessonIndex) {
    state.lesson = lessonIndex;
    state.view = view;
    save();
    link.commit();
    render(true);
  }

  function openLesson(index) {
    if (canOpen(index)) {
      go("R", index);
    }
  }

  function startChecks(lesson) {
    var round = state.rounds[lesson.index];
    if (round.phase === 0) {
      round.phase = 1;
      round.retry = false;
      round.done = 0;
      round.items = lesson.checks.map(function (check) { return check.local; });
      if (round.items.length === 0) {
        round.phase = 2;
      }
    }
    go(round.done < round.items.length ? "A" : "X", lesson.index);
  }

  function retryMissed(lesson) {
    var round = state.rounds[lesson.index];
    round.retry = true;
    round.done = 0;
    round.items = lessonResult(lesson).missed.map(function (check) { return check.local; });
    go("A", lesson.index);
  }

  function showSummary() {
    go("S", state.lesson);
  }

  function submit(check) {
    var chosen = check.options.filter(function (o) { return o.input.checked; });
    var error = check.form.querySelector(".form-error");
    if (chosen.length === 0) {
      error.textContent = check.multiple ? "Choose at least one answer first." : "Choose an answer first.";
      return;
    }
    var round = currentRound();
    state.answers[check.index] = maskOf(chosen);
    var correct = isCorrect(check);
    if (state.firstTry[check.index] === 0) {
      state.firstTry[check.index] = correct ? 1 : 2;
    }
    round.done++;
    if (round.done === round.items.length) {
      round.phase = 2;
    }
    state.view = "F";
    link.answered({
      check: check,
      response: chosen.map(function (o) { return o.id; }),
      correctResponse: check.options.filter(function (o) { return o.key; }).map(function (o) { return o.id; }),
      correct: correct,
      latency: Date.now() - shownAt,
      at: new Date()
    });
    save();
    report();
    link.commit();
    render(false);
    fillFeedback(check);
    check.form.querySelector("[data-action=next]").focus();
  }

  function next() {
    var round = currentRound();
    go(round.done < round.items.length ? "A" : "X", state.lesson);
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
    if (!left) {
      left = true;
      save();
      link.finish(courseDone());
    }
  }
  window.addEventListener("pagehide", leave);
  window.addEventListener("beforeunload", leave);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && left) {
      say("This session has ended. Close the course and open it again from your learning management system to " +
        "carry on; your saved progress is kept.", true);
    }
  });
  // Mobile browsers may discard a hidden page without a pagehide event; make sure the last state is committed.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && !left) {
      link.commit();
    }
  });

  function firstRender() {
    render(false);
    if (state.view === "F") {
      var round = currentRound();
      fillFeedback(lessons[state.lesson].checks[round.items[round.done - 1]]);
    }
  }
  try {
    firstRender();
  } catch (e) {
    // Saved progress that cannot be shown must not leave a blank page: start again instead.
    state = freshState();
    firstRender();
  }
  report();
}());
