/*
 * Test LMS: launch(standard, url, previous, options) starts a fresh SCORM API (from scorm-again), optionally loaded
 * with the data of an earlier session, records every call the package makes, and opens the package in the frame or
 * in a new window. unload() closes it, which makes the package terminate. data() returns the CMI data model.
 */
(function () {
  "use strict";
  var popup = null;

  function wrap(api, names, log, options) {
    names.forEach(function (name) {
      var original = api[name].bind(api);
      api[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        var result;
        if (/Commit$/.test(name) && options.failCommits > 0) {
          options.failCommits--;
          result = "false";
        } else {
          result = original.apply(null, args);
        }
        log.push({ call: name, args: args.map(String), result: String(result) });
        return result;
      };
    });
  }

  window.launch = function (standard, url, previous, options) {
    options = options || {};
    previous = previous ? JSON.parse(previous) : null;
    window.lmsLog = [];
    delete window.API;
    delete window.API_1484_11;
    var settings = { autocommit: false, logLevel: 5 };
    var api;
    if (standard === "scorm12") {
      api = new window.Scorm12API(settings);
      if (previous) {
        api.loadFromJSON(previous, "");
        api.cmi.core.entry = previous.core && previous.core.exit === "suspend" ? "resume" : "";
      }
      wrap(api, ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish"], window.lmsLog, options);
      window.API = api;
    } else {
      api = new window.Scorm2004API(settings);
      if (previous) {
        api.loadFromJSON(previous, "");
        api.cmi.entry = previous.exit === "suspend" ? "resume" : "";
      }
      wrap(api, ["Initialize", "GetValue", "SetValue", "Commit", "Terminate"], window.lmsLog, options);
      window.API_1484_11 = api;
    }
    window.lmsApi = api;
    if (options.window) {
      popup = window.open(url, "sco");
    } else {
      document.getElementById("sco").src = url;
    }
  };

  window.unload = function () {
    if (popup) {
      popup.close();
      popup = null;
    } else {
      document.getElementById("sco").src = "about:blank";
    }
  };

  window.data = function () {
    return JSON.parse(JSON.stringify(window.lmsApi.cmi));
  };

  window.calls = function (name) {
    return window.lmsLog.filter(function (entry) { return entry.call === name; });
  };
}());
