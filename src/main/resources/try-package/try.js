/*
 * "Try the package": runs the exported package in the frame under scorm-again, as an LMS would, and shows what the
 * LMS records after every call the package makes. The data model lives only in this page: Relaunch closes the
 * package (which saves and finishes, as when a learner leaves) and starts it again with that data, as an LMS resumes
 * a learner; Reset throws the data away. Nothing is sent to the server.
 */
(function () {
  "use strict";

  var standard = document.body.getAttribute("data-standard");
  var v12 = standard === "scorm12";
  var texts = JSON.parse(document.getElementById("texts").textContent);
  var language = document.documentElement.lang;
  var frame = document.getElementById("sco");
  var CALLS = v12
    ? ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish"]
    : ["Initialize", "GetValue", "SetValue", "Commit", "Terminate"];
  // SCORM 1.2 allows 4096 characters of suspend_data, SCORM 2004 4th Edition 64000.
  var SUSPEND_LIMIT = v12 ? 4096 : 64000;
  // "Not initialized" answers to GetValue are how a package learns that nothing is stored yet, not failures.
  var NOT_FAILURES = v12 ? [] : ["403"];

  var api = null;
  var finished = false;
  var errors = [];

  function t(key, values) {
    return texts[key].replace(/\{(\d+)\}/g, function (match, index) {
      return values[Number(index)];
    });
  }

  function number(value) {
    return Number(value).toLocaleString(language);
  }

  function setText(id, text) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = text;
    }
  }

  function state(text) {
    setText("state", text);
  }

  function wrap(target) {
    var lastError = (v12 ? "LMS" : "") + "GetLastError";
    var errorString = (v12 ? "LMS" : "") + "GetErrorString";
    CALLS.forEach(function (name) {
      var original = target[name].bind(target);
      target[name] = function () {
        var args = Array.prototype.slice.call(arguments).map(String);
        var result = original.apply(null, args);
        var code = String(target[lastError]());
        if (code !== "0" && code !== "" && NOT_FAILURES.indexOf(code) < 0) {
          var description = String(target[errorString](code));
          errors.push(/SetValue$/.test(name)
            ? t("try.error.set", [args[0], args[1], description, code])
            : t("try.error.call", [name + "(" + args.map(JSON.stringify).join(", ") + ")", description, code]));
        }
        if (/Finish$|Terminate$/.test(name)) {
          finished = true;
          state(t("try.state.finished", []));
        }
        render();
        return result;
      };
    });
  }

  function launch(previous) {
    finished = false;
    delete window.API;
    delete window.API_1484_11;
    // No log output, and no automatic commits: the package commits when it means to, as the LMS sees it.
    var settings = { autocommit: false, logLevel: 5 };
    if (v12) {
      api = new window.Scorm12API(settings);
      if (previous) {
        api.loadFromJSON(previous, "");
        api.cmi.core.entry = previous.core && previous.core.exit === "suspend" ? "resume" : "";
      }
      window.API = api;
    } else {
      api = new window.Scorm2004API(settings);
      if (previous) {
        api.loadFromJSON(previous, "");
        api.cmi.entry = previous.exit === "suspend" ? "resume" : "";
      }
      window.API_1484_11 = api;
    }
    wrap(api);
    frame.src = "sco/index.html";
    render();
  }

  /** Closes the package, waits (at most three seconds) until it has finished, then calls next with its data. */
  function close(next) {
    var closing = api;
    frame.src = "about:blank";
    var waited = 0;
    (function wait() {
      if (finished || waited >= 3000) {
        next(closing ? JSON.parse(JSON.stringify(closing.cmi)) : null);
      } else {
        waited += 50;
        window.setTimeout(wait, 50);
      }
    }());
  }

  function render() {
    var cmi = api ? JSON.parse(JSON.stringify(api.cmi)) : {};
    var core = v12 ? cmi.core || {} : cmi;
    var none = t("try.value.none", []);
    setText("status", (v12 ? core.lesson_status : cmi.completion_status) || none);
    if (!v12) {
      setText("success", cmi.success_status || none);
    }
    var score = core.score || {};
    if (v12) {
      setText("score", score.raw === undefined || score.raw === "" ? none
        : t("try.score.raw", [score.raw, score.min || "0", score.max || "100"]));
    } else {
      setText("score", score.scaled === undefined || score.scaled === "" ? none
        : t("try.score.scaled", [score.scaled, score.raw === undefined || score.raw === "" ? none : score.raw]));
    }
    renderInteractions(cmi.interactions);
    renderSuspendData(cmi.suspend_data || "");
    renderErrors();
    tellHeight();
  }

  function renderInteractions(list) {
    var rows = [];
    if (list) {
      var source = list.childArray || list;
      Object.keys(source).forEach(function (key) {
        if (source[key] && typeof source[key] === "object") {
          rows.push(source[key]);
        }
      });
    }
    var table = document.getElementById("interactions");
    var body = table.querySelector("tbody");
    body.textContent = "";
    rows.forEach(function (row, index) {
      var tr = document.createElement("tr");
      [String(index + 1), row.id, row.type, v12 ? row.student_response : row.learner_response, row.result]
        .forEach(function (value, column) {
          var cell = document.createElement(column === 0 ? "th" : "td");
          if (column === 0) {
            cell.scope = "row";
          }
          cell.textContent = value === undefined || value === "" ? "–" : String(value);
          tr.appendChild(cell);
        });
      body.appendChild(tr);
    });
    table.hidden = rows.length === 0;
    document.getElementById("no-interactions").hidden = rows.length > 0;
  }

  function renderSuspendData(data) {
    var size = document.getElementById("suspend-size");
    document.getElementById("suspend").textContent = data;
    if (!data) {
      size.textContent = t("try.suspend.empty", []);
      size.classList.remove("over");
      return;
    }
    var bytes = new TextEncoder().encode(data).length;
    var text = t(v12 ? "try.suspend.size12" : "try.suspend.size2004",
      [number(data.length), number(bytes), number(SUSPEND_LIMIT)]);
    if (data.length > SUSPEND_LIMIT) {
      text += " " + t("try.suspend.over", []);
    }
    size.textContent = text;
    size.classList.toggle("over", data.length > SUSPEND_LIMIT);
  }

  function renderErrors() {
    var list = document.getElementById("errors");
    list.textContent = "";
    errors.forEach(function (error) {
      var item = document.createElement("li");
      item.textContent = error;
      list.appendChild(item);
    });
    list.hidden = errors.length === 0;
    document.getElementById("no-errors").hidden = errors.length > 0;
  }

  /** The app's screen sizes its frame to this page, so that the page never scrolls inside the screen. */
  function tellHeight() {
    if (window.parent !== window) {
      window.parent.postMessage({ tryPackageHeight: document.documentElement.scrollHeight }, window.location.origin);
    }
  }

  document.getElementById("relaunch").addEventListener("click", function () {
    close(function (data) {
      launch(data);
      state(t("try.state.relaunched", []));
    });
  });

  document.getElementById("reset").addEventListener("click", function () {
    close(function () {
      errors = [];
      launch(null);
      state(t("try.state.reset", []));
    });
  });

  window.addEventListener("resize", tellHeight);

  if (typeof (v12 ? window.Scorm12API : window.Scorm2004API) !== "function") {
    errors.push(t("try.error.runtime", []));
    renderErrors();
    tellHeight();
    return;
  }
  launch(null);
  state(t("try.state.running", []));
}());
