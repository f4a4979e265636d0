/*
 * OncoLearn learner flow: the rules of learner-flow.json (the behaviour vectors the app's LearningService runs too),
 * without any page. One check per objective per round drawn from a seeded stream, retries that draw an unseen
 * sibling, shuffled option orders, confidence marks and calibration, mastery by objectives, the next step, and a
 * compact text form of the whole state for cmi.suspend_data. Seeds come from the caller. Plain ES5, one global.
 */
(function (global) {
  "use strict";

  var LEVELS = ["low", "medium", "high"];
  var MARKS = { low: [1, 0], medium: [2, -2], high: [3, -6] };
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  // ---------------------------------------------------------------- random draws, identical in Java and JavaScript

  var imul = Math.imul || function (a, b) {
    var ah = (a >>> 16) & 0xffff;
    var al = a & 0xffff;
    var bh = (b >>> 16) & 0xffff;
    var bl = b & 0xffff;
    return ((al * bl) + (((ah * bl + al * bh) << 16) >>> 0)) | 0;
  };

  /** FNV-1a over the UTF-16 code units of a text, as an unsigned 32-bit number. */
  function fnv1a(text) {
    var hash = 0x811C9DC5;
    for (var i = 0; i < text.length; i++) {
      hash = imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
    return hash >>> 0;
  }

  /** mulberry32 started at seed XOR fnv1a(label): a function giving numbers in [0, 1). */
  function stream(seed, label) {
    var a = ((seed >>> 0) ^ fnv1a(label)) >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      var t = imul(a ^ (a >>> 15), a | 1);
      t ^= t + imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function pick(seed, label, n) {
    return Math.floor(stream(seed, label)() * n);
  }

  /** The option ids in the order a round with this seed shows them: a Fisher-Yates shuffle, or the file order. */
  function order(seed, check) {
    var ids = check.options.map(function (o) { return o.id; });
    if (check.shuffle === false) {
      return ids;
    }
    var next = stream(seed, "order:" + check.id);
    for (var i = ids.length - 1; i >= 1; i--) {
      var j = Math.floor(next() * (i + 1));
      var swap = ids[i];
      ids[i] = ids[j];
      ids[j] = swap;
    }
    return ids;
  }

  // ---------------------------------------------------------------- the course, indexed once

  /**
   * course: { mastery, confidence, lessons: [{ id, objectives: [id], checks: [{ id, objective, type, shuffle,
   * options: [{ id, key }] }] }] }, the checks being the lesson's pool. Objectives without a check are left out.
   */
  function index(course) {
    var lessons = course.lessons.map(function (lesson, l) {
      var checks = lesson.checks.map(function (check, c) {
        return {
          id: check.id,
          index: c,
          objective: check.objective,
          multiple: check.type === "multiple",
          shuffle: check.shuffle !== false,
          options: check.options.map(function (o) { return { id: o.id, key: o.key === true }; }),
          keys: check.options.filter(function (o) { return o.key === true; }).map(function (o) { return o.id; })
        };
      });
      var objectives = lesson.objectives.filter(function (objective) {
        return checks.some(function (c) { return c.objective === objective; });
      });
      return {
        id: lesson.id,
        index: l,
        objectives: objectives,
        checks: checks,
        pool: objectives.map(function (objective) {
          return checks.filter(function (c) { return c.objective === objective; });
        }),
        width: digitsFor(Math.max(1, checks.length - 1))
      };
    });
    return {
      mastery: course.mastery,
      confidence: course.confidence === true,
      lessons: lessons
    };
  }

  function digitsFor(max) {
    var width = 1;
    while (Math.pow(64, width) <= max) {
      width++;
    }
    return width;
  }

  function freshLesson(lesson) {
    return {
      round: 0,
      seed: 0,
      items: [],
      done: 0,
      seen: lesson.checks.map(function () { return false; }),
      right: lesson.objectives.map(function () { return false; }),
      first: lesson.objectives.map(function () { return false; }),
      cal: [0, 0, 0, 0, 0, 0]
    };
  }

  function freshState(model) {
    return {
      open: 0,
      summary: false,
      last: null,
      lessons: model.lessons.map(freshLesson)
    };
  }

  // ---------------------------------------------------------------- the engine

  function Flow(course, state) {
    this.model = index(course);
    this.state = state || freshState(this.model);
  }

  function refused(why) {
    return { refused: true, reason: why };
  }

  Flow.prototype.lessonAt = function (ref) {
    if (typeof ref === "number") {
      return this.model.lessons[ref] || null;
    }
    for (var i = 0; i < this.model.lessons.length; i++) {
      if (this.model.lessons[i].id === ref) {
        return this.model.lessons[i];
      }
    }
    return null;
  };

  Flow.prototype.setMastery = function (percent) {
    this.model.mastery = percent;
  };

  Flow.prototype.mastery = function () {
    return this.model.mastery;
  };

  Flow.prototype.confidence = function () {
    return this.model.confidence;
  };

  Flow.prototype.started = function (lesson) {
    return this.state.lessons[lesson.index].round > 0;
  };

  Flow.prototype.finished = function (lesson) {
    var s = this.state.lessons[lesson.index];
    return s.round > 0 && s.done >= s.items.length;
  };

  /** A lesson opens when every lesson before it has been started. */
  Flow.prototype.canOpen = function (ref) {
    var lesson = this.lessonAt(ref);
    if (!lesson) {
      return false;
    }
    for (var i = 0; i < lesson.index; i++) {
      if (this.state.lessons[i].round === 0) {
        return false;
      }
    }
    return true;
  };

  Flow.prototype.everyLessonFinished = function () {
    var self = this;
    return this.model.lessons.every(function (lesson) { return self.finished(lesson); });
  };

  /** The objective a round item asks about: the round's objectives are the checks' objectives. */
  function objectiveIndex(lesson, check) {
    return lesson.objectives.indexOf(check.objective);
  }

  /** The next step: the course summary, or the open lesson read, answered or finished. */
  Flow.prototype.step = function () {
    var lesson = this.model.lessons[this.state.open];
    if (this.state.summary) {
      return { step: "course-finished", lesson: lesson };
    }
    var s = this.state.lessons[lesson.index];
    if (s.round === 0) {
      return { step: "reading", lesson: lesson };
    }
    if (s.done < s.items.length) {
      var check = lesson.checks[s.items[s.done]];
      return {
        step: "answering",
        lesson: lesson,
        check: check,
        position: s.done + 1,
        count: s.items.length,
        round: s.round,
        seed: s.seed,
        order: order(s.seed, check)
      };
    }
    return { step: "lesson-finished", lesson: lesson, count: s.items.length, round: s.round };
  };

  Flow.prototype.start = function (ref, seed) {
    var lesson = this.lessonAt(ref);
    if (!lesson || !this.canOpen(lesson.index)) {
      return refused("this lesson cannot be opened yet");
    }
    var s = this.state.lessons[lesson.index];
    if (s.round === 0) {
      s.round = 1;
      s.seed = seed >>> 0;
      s.done = 0;
      s.items = lesson.pool.map(function (checks, o) {
        var chosen = checks[pick(s.seed, "pick:" + lesson.objectives[o], checks.length)];
        s.seen[chosen.index] = true;
        return chosen.index;
      });
    }
    this.state.open = lesson.index;
    this.state.summary = false;
    return { refused: false };
  };

  Flow.prototype.open = function (ref) {
    var lesson = this.lessonAt(ref);
    if (!lesson || !this.canOpen(lesson.index)) {
      return refused("this lesson cannot be opened yet");
    }
    this.state.open = lesson.index;
    this.state.summary = false;
    return { refused: false };
  };

  /** Objectives (indexes) whose latest answer is not right, in the lesson's order. */
  Flow.prototype.missedObjectives = function (lesson) {
    var s = this.state.lessons[lesson.index];
    var missed = [];
    lesson.objectives.forEach(function (objective, o) {
      if (!s.right[o]) {
        missed.push(o);
      }
    });
    return missed;
  };

  Flow.prototype.retry = function (ref, seed) {
    var lesson = this.lessonAt(ref);
    if (!lesson || !this.finished(lesson)) {
      return refused("only a finished round can be retried");
    }
    var missed = this.missedObjectives(lesson);
    if (missed.length === 0) {
      return refused("nothing to retry");
    }
    var s = this.state.lessons[lesson.index];
    var last = {};
    s.items.forEach(function (item) {
      last[lesson.checks[item].objective] = item;
    });
    s.round++;
    s.seed = seed >>> 0;
    s.done = 0;
    s.items = missed.map(function (o) {
      var objective = lesson.objectives[o];
      var checks = lesson.pool[o];
      var candidates = checks.filter(function (c) { return !s.seen[c.index]; });
      if (candidates.length === 0) {
        candidates = checks.filter(function (c) { return c.index !== last[objective]; });
      }
      if (candidates.length === 0) {
        candidates = checks;
      }
      var chosen = candidates[pick(s.seed, "pick:" + objective, candidates.length)];
      s.seen[chosen.index] = true;
      return chosen.index;
    });
    this.state.open = lesson.index;
    this.state.summary = false;
    return { refused: false };
  };

  /**
   * An answer to the due check: option ids and, exactly when the course asks for it, a confidence level. checkId may
   * be null for the due check.
   */
  Flow.prototype.answer = function (checkId, chosen, confidence) {
    var step = this.step();
    if (step.step !== "answering") {
      return refused("no check is due");
    }
    var check = step.check;
    if (checkId !== null && checkId !== undefined && checkId !== check.id) {
      return refused("this check is not due");
    }
    var ids = check.options.map(function (o) { return o.id; });
    var picked = {};
    var valid = chosen && chosen.length > 0 && chosen.every(function (id) {
      var fresh = ids.indexOf(id) >= 0 && !picked[id];
      picked[id] = true;
      return fresh;
    });
    if (!valid) {
      return refused("choose at least one of the check's options");
    }
    if (!check.multiple && chosen.length !== 1) {
      return refused("choose only one option");
    }
    var sure = confidence === null || confidence === undefined ? null : confidence;
    if (this.model.confidence ? LEVELS.indexOf(sure) < 0 : sure !== null) {
      return refused(this.model.confidence ? "say how sure you are" : "this course does not ask how sure you are");
    }
    var lesson = step.lesson;
    var s = this.state.lessons[lesson.index];
    var correct = chosen.length === check.keys.length && check.keys.every(function (k) { return picked[k]; });
    var o = objectiveIndex(lesson, check);
    s.right[o] = correct;
    if (s.round === 1) {
      s.first[o] = correct;
    }
    var outcome = { correct: correct };
    if (sure !== null) {
      var level = LEVELS.indexOf(sure);
      s.cal[2 * level + 1]++;
      if (correct) {
        s.cal[2 * level]++;
      }
      outcome.marks = MARKS[sure][correct ? 0 : 1];
      outcome.confidence = sure;
    }
    s.done++;
    this.state.last = {
      lesson: lesson.index,
      check: check.index,
      chosen: check.options.filter(function (opt) { return picked[opt.id]; }).map(function (opt) { return opt.id; }),
      confidence: sure
    };
    return { refused: false, outcome: outcome, check: check, lesson: lesson };
  };

  /** Past the end of a finished lesson: the next lesson, or the course summary once every lesson is finished. */
  Flow.prototype.proceed = function (ref) {
    var lesson = this.lessonAt(ref);
    if (!lesson || lesson.index !== this.state.open || !this.finished(lesson)) {
      return refused("finish this lesson first");
    }
    var next = this.model.lessons[lesson.index + 1];
    if (next) {
      this.state.open = next.index;
      this.state.summary = false;
      return { refused: false };
    }
    if (!this.everyLessonFinished()) {
      return refused("finish every lesson first");
    }
    this.state.summary = true;
    return { refused: false };
  };

  // ---------------------------------------------------------------- standing

  Flow.prototype.result = function (ref) {
    var lesson = this.lessonAt(ref);
    var s = this.state.lessons[lesson.index];
    var total = lesson.objectives.length;
    var correct = 0;
    var first = 0;
    var missed = [];
    lesson.objectives.forEach(function (objective, o) {
      if (s.right[o]) {
        correct++;
      } else {
        missed.push(objective);
      }
      if (s.first[o]) {
        first++;
      }
    });
    var calibration = {};
    var marks = 0;
    LEVELS.forEach(function (level, l) {
      var right = s.cal[2 * l];
      var answered = s.cal[2 * l + 1];
      calibration[level] = [right, answered];
      marks += right * MARKS[level][0] + (answered - right) * MARKS[level][1];
    });
    return {
      correct: correct,
      total: total,
      firstTry: first,
      mastered: total > 0 && correct * 100 >= this.model.mastery * total,
      missed: missed,
      answered: this.answeredObjectives(lesson),
      marks: marks,
      calibration: calibration
    };
  };

  /** Objectives answered at least once: all of them after round 1, the first ones while it runs. */
  Flow.prototype.answeredObjectives = function (lesson) {
    var s = this.state.lessons[lesson.index];
    if (s.round === 0) {
      return 0;
    }
    return s.round === 1 ? s.done : lesson.objectives.length;
  };

  Flow.prototype.courseScore = function () {
    var self = this;
    var correct = 0;
    var total = 0;
    var answered = 0;
    var marks = 0;
    var calibration = { low: [0, 0], medium: [0, 0], high: [0, 0] };
    this.model.lessons.forEach(function (lesson) {
      var r = self.result(lesson.index);
      correct += r.correct;
      total += r.total;
      answered += r.answered;
      marks += r.marks;
      LEVELS.forEach(function (level) {
        calibration[level][0] += r.calibration[level][0];
        calibration[level][1] += r.calibration[level][1];
      });
    });
    return {
      correct: correct,
      total: total,
      answered: answered,
      // Rounded down so that the LMS, comparing this with the mastery score, always agrees with the player.
      raw: total === 0 ? 0 : Math.floor(10000 * correct / total) / 100,
      passed: total > 0 && correct * 100 >= this.model.mastery * total,
      marks: marks,
      calibration: calibration
    };
  };

  /** The order of the check in the open lesson's current round, for showing the last answer again. */
  Flow.prototype.orderOf = function (lessonIndex, checkIndex) {
    var lesson = this.model.lessons[lessonIndex];
    return order(this.state.lessons[lessonIndex].seed, lesson.checks[checkIndex]);
  };

  // ---------------------------------------------------------------- the state as text for cmi.suspend_data

  function num(n) {
    var text = "";
    do {
      text = DIGITS.charAt(n % 64) + text;
      n = Math.floor(n / 64);
    } while (n > 0);
    return text;
  }

  function unnum(text) {
    if (!/^[0-9A-Za-z_-]{1,6}$/.test(text)) {
      return NaN;
    }
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      n = n * 64 + DIGITS.indexOf(text.charAt(i));
    }
    return n;
  }

  function fixed(n, width) {
    var text = num(n);
    while (text.length < width) {
      text = "0" + text;
    }
    return text;
  }

  /** Flags, six to a character. */
  function bits(flags) {
    var text = "";
    for (var i = 0; i < flags.length; i += 6) {
      var v = 0;
      for (var b = 0; b < 6 && i + b < flags.length; b++) {
        v |= flags[i + b] ? 1 << b : 0;
      }
      text += DIGITS.charAt(v);
    }
    return text;
  }

  function unbits(text, count) {
    if (text.length !== Math.ceil(count / 6)) {
      return null;
    }
    var flags = [];
    for (var i = 0; i < count; i++) {
      var v = DIGITS.indexOf(text.charAt(Math.floor(i / 6)));
      if (v < 0) {
        return null;
      }
      flags.push((v & (1 << (i % 6))) !== 0);
    }
    return flags;
  }

  /**
   * open.summary;last;lesson~lesson~… where a lesson not started is empty and a started one is
   * round.seed.done.items.seen.right.first.calibration: numbers in base 64, items as fixed-width check indexes, flags
   * six to a character. The option orders are not stored: they follow from the round's seed.
   */
  Flow.prototype.encode = function () {
    var model = this.model;
    var st = this.state;
    var last = "";
    if (st.last) {
      var check = model.lessons[st.last.lesson].checks[st.last.check];
      last = num(st.last.lesson) + "." + num(st.last.check) + "." +
        bits(check.options.map(function (o) { return st.last.chosen.indexOf(o.id) >= 0; })) + "." +
        (st.last.confidence ? st.last.confidence.charAt(0) : "");
    }
    var lessons = model.lessons.map(function (lesson, l) {
      var s = st.lessons[l];
      if (s.round === 0) {
        return "";
      }
      return [
        num(s.round),
        num(s.seed),
        num(s.done),
        s.items.map(function (i) { return fixed(i, lesson.width); }).join(""),
        bits(s.seen),
        bits(s.right),
        bits(s.first),
        model.confidence ? s.cal.map(num).join(",") : ""
      ].join(".");
    });
    return num(st.open) + "." + (st.summary ? "1" : "0") + ";" + last + ";" + lessons.join("~");
  };

  /** The state back from its text, or null when it does not fit this course exactly. */
  function decode(course, text) {
    var model = index(course);
    try {
      var parts = String(text).split(";");
      if (parts.length !== 3) {
        return null;
      }
      var head = parts[0].split(".");
      var state = {
        open: unnum(head[0]),
        summary: head[1] === "1",
        last: null,
        lessons: []
      };
      if (head.length !== 2 || !(state.open < model.lessons.length) || (head[1] !== "0" && head[1] !== "1")) {
        return null;
      }
      var texts = parts[2].split("~");
      if (texts.length !== model.lessons.length) {
        return null;
      }
      for (var l = 0; l < texts.length; l++) {
        var s = decodeLesson(model, model.lessons[l], texts[l]);
        if (!s) {
          return null;
        }
        state.lessons.push(s);
      }
      if (parts[1] !== "") {
        state.last = decodeLast(model, state, parts[1]);
        if (!state.last) {
          return null;
        }
      }
      var flow = new Flow(course, state);
      if (state.summary && !flow.everyLessonFinished()) {
        return null;
      }
      for (var i = 0; i < model.lessons.length; i++) {
        if (state.lessons[i].round > 0 && !flow.canOpen(i)) {
          return null;
        }
      }
      return state;
    } catch (e) {
      return null;
    }
  }

  function decodeLesson(model, lesson, text) {
    var s = freshLesson(lesson);
    if (text === "") {
      return s;
    }
    var f = text.split(".");
    if (f.length !== 8) {
      return null;
    }
    s.round = unnum(f[0]);
    s.seed = unnum(f[1]);
    s.done = unnum(f[2]);
    if (!(s.round >= 1) || !(s.seed >= 0 && s.seed <= 0xFFFFFFFF) || !(s.done >= 0) ||
        f[3].length % lesson.width !== 0) {
      return null;
    }
    s.items = [];
    for (var i = 0; i < f[3].length; i += lesson.width) {
      var item = unnum(f[3].substring(i, i + lesson.width));
      if (!(item < lesson.checks.length)) {
        return null;
      }
      s.items.push(item);
    }
    s.seen = unbits(f[4], lesson.checks.length);
    s.right = unbits(f[5], lesson.objectives.length);
    s.first = unbits(f[6], lesson.objectives.length);
    s.cal = f[7] === "" ? [0, 0, 0, 0, 0, 0] : f[7].split(",").map(unnum);
    if (!s.seen || !s.right || !s.first || s.done > s.items.length || s.cal.length !== 6 ||
        (f[7] !== "") !== model.confidence) {
      return null;
    }
    for (var l = 0; l < 3; l++) {
      if (!(s.cal[2 * l] >= 0 && s.cal[2 * l] <= s.cal[2 * l + 1])) {
        return null;
      }
    }
    // A round asks each of its objectives once, in the lesson's order; round 1 asks all of them.
    var previous = -1;
    for (var k = 0; k < s.items.length; k++) {
      var o = lesson.objectives.indexOf(lesson.checks[s.items[k]].objective);
      if (o <= previous || !s.seen[s.items[k]]) {
        return null;
      }
      previous = o;
    }
    if (s.round === 1 && s.items.length !== lesson.objectives.length) {
      return null;
    }
    return s;
  }

  function decodeLast(model, state, text) {
    var f = text.split(".");
    if (f.length !== 4) {
      return null;
    }
    var lesson = model.lessons[unnum(f[0])];
    var check = lesson && lesson.checks[unnum(f[1])];
    if (!check) {
      return null;
    }
    var flags = unbits(f[2], check.options.length);
    var level = f[3] === "" ? null : LEVELS.filter(function (v) { return v.charAt(0) === f[3]; })[0];
    if (!flags || (model.confidence ? !level : f[3] !== "") || state.lessons[lesson.index].round === 0) {
      return null;
    }
    return {
      lesson: lesson.index,
      check: check.index,
      chosen: check.options.filter(function (o, i) { return flags[i]; }).map(function (o) { return o.id; }),
      confidence: level || null
    };
  }

  global.OncoFlow = {
    LEVELS: LEVELS,
    MARKS: MARKS,
    fnv1a: fnv1a,
    stream: stream,
    pick: pick,
    order: function (seed, check) { return order(seed, { id: check.id, shuffle: check.shuffle, options: check.options }); },
    create: function (course, state) { return new Flow(course, state || null); },
    decode: decode
  };
}(typeof window !== "undefined" ? window : this));
