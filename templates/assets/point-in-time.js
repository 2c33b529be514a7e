// The date picker of a policy's pages (templates/_point_in_time.sbn): "which text was in force on this day?", answered
// from the data the page carries (<script type="application/json" id="pit-data">) by the rule the build's timeline
// follows (VersionTimeline.InForceOn): the latest version whose date is on or before the day, unless the policy is
// withdrawn by then; an editorial correction is a version like any other. A day after the page's as-of date is answered
// from what had been announced by then, and says so. It also tells the reader when a version this page calls upcoming
// has taken effect since the page was built (a build that stopped). Without JavaScript the picker stays hidden and its
// link leads to the change log's table of dates in force. Works from disk (file://): nothing is fetched.
// See docs/history.md, "Which text was in force on a date".
var LegalGenPointInTime = (function () {
  "use strict";

  // A real calendar day written YYYY-MM-DD (as the date input gives it, and as the build writes dates).
  function isDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    var date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
  }

  // Which version applied on `day` (YYYY-MM-DD): {kind: "in-force" | "not-yet" | "withdrawn", version, afterAsOf}, where
  // version is the one in force, before the first version the first one, once withdrawn the last one; null for no date.
  // Dates written YYYY-MM-DD compare as text in calendar order.
  function answer(data, day) {
    if (!isDay(day)) return null;
    var versions = data.versions;
    var afterAsOf = day > data.asOf;
    if (data.withdrawn && day >= data.withdrawn) return { kind: "withdrawn", version: versions[versions.length - 1], afterAsOf: afterAsOf };
    var found = null;
    for (var i = 0; i < versions.length && versions[i].date <= day; i++) found = versions[i];
    return found
      ? { kind: "in-force", version: found, afterAsOf: afterAsOf }
      : { kind: "not-yet", version: versions[0], afterAsOf: afterAsOf };
  }

  // What has changed between the page's as-of date and `today`: the policy withdrawn, or the latest version that was
  // upcoming then and is in force now ({kind: "withdrawn", date} or {kind: "version", date, version}); null when nothing has.
  function changedSince(data, today) {
    if (!isDay(today) || today <= data.asOf) return null;
    if (data.withdrawn && data.withdrawn > data.asOf && data.withdrawn <= today) return { kind: "withdrawn", date: data.withdrawn };
    var found = null;
    data.versions.forEach(function (v) { if (v.date > data.asOf && v.date <= today && (!data.withdrawn || v.date < data.withdrawn)) found = v; });
    return found ? { kind: "version", date: found.date, version: found } : null;
  }

  // A date as the page's language writes it, exactly as the build's `date` function does (date_format and months).
  function formatDate(data, day) {
    var parts = day.split("-");
    var month = +parts[1];
    var name = data.months.length === 12 ? data.months[month - 1] : String(month);
    return data.dateFormat
      .split("{day}").join(String(+parts[2]))
      .split("{month_number}").join(String(month))
      .split("{month}").join(name)
      .split("{year}").join(String(+parts[0]));
  }

  // An interface string with {0}, {1}… filled in, as pieces: text, or {text, url} for a link.
  function pieces(data, key, args) {
    var text = Object.prototype.hasOwnProperty.call(data.strings, key) ? data.strings[key] : key;
    return text.split(/(\{\d\})/).filter(function (s) { return s !== ""; }).map(function (s) {
      var m = /^\{(\d)\}$/.exec(s);
      return m && +m[1] < args.length ? args[+m[1]] : s;
    });
  }

  function versionLink(data, version) {
    return { text: text(pieces(data, version.editorial ? "correction" : "version", [formatDate(data, version.date)])), url: version.url };
  }

  function text(parts) {
    return parts.map(function (p) { return typeof p === "string" ? p : p.text; }).join("");
  }

  // The answer for `day` in the page's language: sentences, each a list of pieces; null for no date.
  function describe(data, day) {
    var a = answer(data, day);
    if (!a) return null;
    var d = formatDate(data, day);
    var sentences = [];
    if (a.kind === "in-force") {
      sentences.push(pieces(data, "answer", [d, versionLink(data, a.version)]));
      if (a.version.date === data.shown) sentences.push(pieces(data, "thisPage", []));
      if (a.version.date > data.asOf) sentences.push(pieces(data, "upcoming", [formatDate(data, a.version.date)]));
    } else if (a.kind === "not-yet") {
      sentences.push(pieces(data, a.version.date <= data.asOf ? "notYet" : "notYetUpcoming", [d, versionLink(data, a.version)]));
    } else {
      sentences.push(pieces(data, data.withdrawn <= data.asOf ? "withdrawn" : "withdrawalUpcoming",
        [d, formatDate(data, data.withdrawn), versionLink(data, a.version)]));
    }
    if (a.afterAsOf) sentences.push(pieces(data, "afterAsOf", [d, formatDate(data, data.asOf)]));
    return sentences;
  }

  function describeChange(data, change) {
    var asOf = formatDate(data, data.asOf);
    return change.kind === "withdrawn"
      ? [pieces(data, "staleWithdrawn", [asOf, formatDate(data, change.date)])]
      : [pieces(data, "staleVersion", [asOf, formatDate(data, change.date), versionLink(data, change.version)])];
  }

  return { isDay: isDay, answer: answer, changedSince: changedSince, formatDate: formatDate, describe: describe, describeChange: describeChange, text: text };
})();

(function () {
  "use strict";
  if (typeof document === "undefined") return;
  var dataElement = document.getElementById("pit-data");
  if (!dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var pit = LegalGenPointInTime;

  // Writes sentences of pieces into `element`: text as text, links as <a>; never markup from strings.
  function write(element, sentences) {
    element.replaceChildren();
    sentences.forEach(function (sentence, i) {
      if (i > 0) element.appendChild(document.createTextNode(" "));
      sentence.forEach(function (piece) {
        if (typeof piece === "string") {
          element.appendChild(document.createTextNode(piece));
        } else {
          var a = document.createElement("a");
          a.href = piece.url;
          a.textContent = piece.text;
          element.appendChild(a);
        }
      });
    });
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  var now = new Date();
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());

  var stale = document.querySelector("[data-pit-stale]");
  var change = pit.changedSince(data, today);
  if (stale && change) {
    write(stale, pit.describeChange(data, change));
    stale.hidden = false;
  }

  var form = document.querySelector("[data-pit]");
  var output = document.querySelector("[data-pit-answer]");
  if (!form || !output) return;
  var input = form.querySelector("input[name=on]");

  function show(day) {
    var sentences = pit.describe(data, day);
    write(output, sentences || [[data.strings.invalid.split("{0}").join(data.asOf)]]);
    output.classList.toggle("notice-problem", !sentences);
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    show(input.value.trim());
  });
  // A link to a page with ?on=YYYY-MM-DD answers at once.
  var asked = new URLSearchParams(location.search).get("on");
  if (asked) {
    input.value = asked;
    show(asked);
  }
})();
