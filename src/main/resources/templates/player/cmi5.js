/*
 * OncoLearn's cmi5 adapter: the link between the player (player.js) and the LMS's learning record store, beside the
 * SCORM 1.2 and 2004 adapters in player.js and with the same methods (start, answered, save, scored, commit, finish).
 * It reads the launch parameters, fetches the auth token once, reads LMS.LaunchData and the learner preferences,
 * keeps the learner's progress in a state document of its own, and sends the statements cmi5 defines for an AU
 * (initialized, completed, passed or failed, terminated) plus one "answered" statement per check.
 */
(function () {
  "use strict";

  var VERBS = "http://adlnet.gov/expapi/verbs/";
  var CMI5 = "https://w3id.org/xapi/cmi5/";
  var CATEGORY_CMI5 = CMI5 + "context/categories/cmi5";
  var CATEGORY_MOVEON = CMI5 + "context/categories/moveon";
  var SESSION_ID = CMI5 + "context/extensions/sessionid";
  var MASTERY_SCORE = CMI5 + "context/extensions/masteryscore";
  var INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  // The AU's own state document: the player's saved progress and what has been reported in this registration.
  var PROGRESS = "oncolearn.progress";
  var VERSION = "1.0.3";

  /** The five launch parameters cmi5 requires, or null when one is missing or unreadable. */
  function launchParameters(search) {
    var params = {};
    String(search || "").replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) {
        return;
      }
      var at = pair.indexOf("=");
      try {
        var name = decodeURIComponent((at < 0 ? pair : pair.substring(0, at)).replace(/\+/g, " "));
        params[name] = at < 0 ? "" : decodeURIComponent(pair.substring(at + 1).replace(/\+/g, " "));
      } catch (e) {
        // A malformed pair cannot be one of ours.
      }
    });
    var actor;
    try {
      actor = JSON.parse(params.actor || "");
    } catch (e) {
      return null;
    }
    if (!params.endpoint || !params.fetch || !params.registration || !params.activityId || !actor ||
        typeof actor !== "object" || !window.fetch) {
      return null;
    }
    return {
      endpoint: /\/$/.test(params.endpoint) ? params.endpoint : params.endpoint + "/",
      fetch: params.fetch,
      actor: actor,
      registration: params.registration,
      activityId: params.activityId
    };
  }

  function uuid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).substring(1); }).join("");
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" +
      hex.substring(16, 20) + "-" + hex.substring(20);
  }

  /** ISO 8601 duration to hundredths of a second, as xAPI wants. */
  function duration(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = (cs % 6000) / 100;
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + s.toFixed(2).replace(/\.?0+$/, "") + "S";
  }

  function query(values) {
    return Object.keys(values).map(function (name) {
      return encodeURIComponent(name) + "=" + encodeURIComponent(values[name]);
    }).join("&");
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  /**
   * say(text, warning) shows a line in the player's connection notice; text(key, args) gives the player's words in
   * the page's language (player.js has them from the page). The link's "failure" says, for the learner,
   * why it could not start; the player then runs as an offline self-check with that message.
   */
  function link(launch, say, text) {
    var token = null;
    var template = {};
    var launchMode = "Normal";
    var masteryScore = null;
    var returnUrl = null;
    var initializedAt = 0;
    // Persisted in the progress document: cmi5 allows one completed and one passed per registration.
    var reported = { completed: false, passed: false, failedAt: null };
    var judged = false;
    var queue = [];
    var sending = false;
    var retries = 0;
    var retryTimer = null;
    var finished = false;
    var lang = document.documentElement.lang || "en";
    var self;

    function request(method, resource, params, body, keepalive) {
      var headers = { "X-Experience-API-Version": VERSION };
      if (token) {
        headers.Authorization = "Basic " + token;
      }
      if (body !== undefined) {
        headers["Content-Type"] = "application/json";
      }
      return window.fetch(launch.endpoint + resource + (params ? "?" + query(params) : ""), {
        method: method,
        headers: headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        keepalive: Boolean(keepalive),
        credentials: "omit",
        cache: "no-store"
      });
    }

    function stateParams(stateId) {
      return {
        activityId: launch.activityId,
        agent: JSON.stringify(launch.actor),
        registration: launch.registration,
        stateId: stateId
      };
    }

    /** A state document as JSON; a missing one (404) is null. */
    function readState(stateId) {
      return request("GET", "activities/state", stateParams(stateId)).then(function (response) {
        if (response.status === 404) {
          return null;
        }
        if (!response.ok) {
          throw new Error(stateId + ": HTTP " + response.status);
        }
        return response.json();
      });
    }

    function refused(why) {
      self.failure = text("player.cmi5.refused", [why]);
    }

    function context(categories, extensions) {
      var c = copy(template);
      c.registration = launch.registration;
      if (categories.length > 0) {
        c.contextActivities = c.contextActivities || {};
        c.contextActivities.category = (c.contextActivities.category || []).concat(categories.map(function (id) {
          return { id: id, objectType: "Activity" };
        }));
      }
      if (extensions) {
        c.extensions = c.extensions || {};
        Object.keys(extensions).forEach(function (key) {
          if (!(key in c.extensions)) {
            c.extensions[key] = extensions[key];
          }
        });
      }
      return c;
    }

    /** A statement the cmi5 specification defines, about the AU itself. */
    function defined(verb, result, moveOn, extensions) {
      var statement = {
        id: uuid(),
        timestamp: new Date().toISOString(),
        actor: launch.actor,
        verb: { id: VERBS + verb, display: { "en-US": verb } },
        object: { objectType: "Activity", id: launch.activityId },
        context: context(moveOn ? [CATEGORY_CMI5, CATEGORY_MOVEON] : [CATEGORY_CMI5], extensions)
      };
      if (result) {
        statement.result = result;
      }
      return statement;
    }

    function send(statement) {
      queue.push(statement);
      flush(false);
    }

    /** Sends what is queued in one request, in order; a failure keeps it queued and tries again. */
    function flush(leaving) {
      if ((sending && !leaving) || queue.length === 0) {
        return;
      }
      var batch = queue.splice(0, queue.length);
      sending = true;
      request("POST", "statements", null, batch, true).then(function (response) {
        sending = false;
        if (response.ok) {
          if (retries > 0) {
            say(text("player.lms.reconnected", ["cmi5"]));
          }
          retries = 0;
          flush(false);
          return;
        }
        if (response.status >= 400 && response.status < 500) {
          // The LRS will refuse these statements again: tell the learner, keep the rest going.
          say(text("player.lms.refusedHttp", [response.status]), true);
          flush(false);
          return;
        }
        retry(batch);
      }, function () {
        sending = false;
        retry(batch);
      });
    }

    function retry(batch) {
      queue = batch.concat(queue);
      retries++;
      say(text("player.lms.unconfirmed"), true);
      if (retries <= 5 && !retryTimer) {
        retryTimer = window.setTimeout(function () {
          retryTimer = null;
          flush(false);
        }, 1000 * Math.pow(2, retries - 1));
      }
    }

    function recording() {
      return launchMode === "Normal";
    }

    self = {
      standalone: false,
      exits: true,
      failure: null,
      start: function (done) {
        window.fetch(launch.fetch, { method: "POST", credentials: "omit", cache: "no-store" })
          .then(function (response) {
            if (!response.ok) {
              throw new Error("HTTP " + response.status);
            }
            return response.json();
          })
          .then(function (answer) {
            if (!answer || typeof answer["auth-token"] !== "string") {
              throw new Error(answer && answer["error-text"] ? answer["error-text"] : text("player.cmi5.noToken"));
            }
            token = answer["auth-token"];
            return readState("LMS.LaunchData");
          })
          .then(function (launchData) {
            if (!launchData || !launchData.contextTemplate) {
              throw new Error(text("player.cmi5.noLaunchData"));
            }
            template = launchData.contextTemplate;
            if (!template.extensions || !template.extensions[SESSION_ID]) {
              throw new Error(text("player.cmi5.noSessionId"));
            }
            launchMode = launchData.launchMode || "Normal";
            var score = Number(launchData.masteryScore);
            masteryScore = launchData.masteryScore !== undefined && isFinite(score) && score >= 0 && score <= 1
              ? score : null;
            returnUrl = typeof launchData.returnURL === "string" && launchData.returnURL ? launchData.returnURL : null;
            // cmi5 requires the AU to read the learner preferences; the player speaks the course's language and has
            // no audio, so they change nothing, and a missing document is no error.
            return request("GET", "activities/agents/profile", {
              agent: JSON.stringify(launch.actor),
              profileId: "cmi5LearnerPreferences"
            }).then(function () { return readState(PROGRESS); }, function () { return readState(PROGRESS); });
          })
          .then(function (progress) {
            if (progress && progress.reported) {
              reported = {
                completed: progress.reported.completed === true,
                passed: progress.reported.passed === true,
                failedAt: typeof progress.reported.failedAt === "number" ? progress.reported.failedAt : null
              };
            }
            initializedAt = Date.now();
            send(defined("initialized"));
            say(launchMode === "Normal" ? text("player.lms.connected", ["cmi5"])
              : text(launchMode === "Browse" ? "player.cmi5.browse" : "player.cmi5.review"));
            done({
              saved: progress && typeof progress.data === "string" ? progress.data : null,
              mastery: masteryScore === null ? null : Math.round(masteryScore * 10000) / 100
            });
          })
          .catch(function (error) {
            refused(error && error.message ? error.message : text("player.cmi5.noAnswer"));
            done(null);
          });
      },
      answered: function (a) {
        if (!recording() || finished) {
          return;
        }
        send({
          id: uuid(),
          timestamp: a.at.toISOString(),
          actor: launch.actor,
          verb: { id: VERBS + "answered", display: { "en-US": "answered" } },
          object: {
            objectType: "Activity",
            id: a.check.interaction,
            definition: {
              type: INTERACTION,
              name: (function () { var n = {}; n[lang] = a.check.stem; return n; }()),
              interactionType: "choice",
              correctResponsesPattern: [a.correctResponse.join("[,]")],
              choices: a.check.options.map(function (option) {
                var description = {};
                description[lang] = option.label;
                return { id: option.id, description: description };
              })
            }
          },
          result: {
            success: a.correct,
            response: a.response.join("[,]"),
            duration: duration(a.latency)
          },
          context: (function () {
            var c = context([]);
            c.contextActivities = c.contextActivities || {};
            c.contextActivities.parent = [{ id: launch.activityId, objectType: "Activity" }];
            return c;
          }())
        });
      },
      save: function (location, data) {
        if (!recording() || finished) {
          return;
        }
        request("PUT", "activities/state", stateParams(PROGRESS), {
          location: location,
          data: data,
          reported: reported
        }, true).then(function (response) {
          if (!response.ok) {
            say(text("player.cmi5.notSaved", [response.status]), true);
          }
        }, function () {
          say(text("player.cmi5.unreachable"), true);
        });
      },
      scored: function (score) {
        if (!recording() || finished) {
          return;
        }
        var spent = duration(Date.now() - initializedAt);
        if (!reported.completed) {
          reported.completed = true;
          send(defined("completed", { completion: true, duration: spent }, true));
        }
        // One passed per registration, one judgement per session, and never failed after passed.
        if (reported.passed || judged || score.total === 0) {
          return;
        }
        var scaled = Math.floor(10000 * score.correct / score.total) / 10000;
        if (!score.passed && reported.failedAt === score.answered) {
          return;
        }
        var extensions = {};
        if (masteryScore !== null) {
          extensions[MASTERY_SCORE] = masteryScore;
        }
        judged = true;
        if (score.passed) {
          reported.passed = true;
        } else {
          reported.failedAt = score.answered;
        }
        send(defined(score.passed ? "passed" : "failed", {
          success: score.passed,
          score: { scaled: scaled },
          duration: spent
        }, true, extensions));
      },
      commit: function () {
        flush(false);
      },
      finish: function () {
        if (finished) {
          return;
        }
        finished = true;
        queue.push(defined("terminated", { duration: duration(Date.now() - initializedAt) }));
        // Sent at once even while an earlier request is under way: the page may be closing, and cmi5 orders a
        // session's statements by their timestamps.
        flush(true);
        say(text("player.cmi5.left"));
        if (returnUrl) {
          window.setTimeout(function () { window.location.assign(returnUrl); }, 300);
        }
      }
    };
    return self;
  }

  window.OncoCmi5 = { launchParameters: launchParameters, link: link };
}());
