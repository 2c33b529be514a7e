// The compare page's script (templates/compare.sbn). A pair of versions with a diff page opens that page. Any other
// pair is compared here, in the reader's browser, by LegalGen's own redline engine compiled to WebAssembly
// (assets/compare/_framework/, built from src/LegalGen.Browser): it reads the two versions' texts from their pages —
// the element marked data-text — and gives back the redline in the markup of a diff page's inline view, with the
// same marks as `legalgen diff`. Without JavaScript the form stays hidden (it could only reload the page), and the
// table of diff pages below it is the way to them. See docs/redline.md, "In-browser comparison".
(function () {
  "use strict";

  var form = document.querySelector("[data-compare]");
  var status = document.querySelector("[data-compare-status]");
  var result = document.querySelector("[data-compare-result]");
  var dataElement = document.getElementById("compare-data");
  if (!form || !status || !result || !dataElement) return;
  form.hidden = false;

  var data = JSON.parse(dataElement.textContent);
  var texts = data.strings.texts;
  var versions = {};
  data.versions.forEach(function (v) { versions[v.date] = v; });
  var engine = null;
  var latest = 0;

  // The texts written in another language than the page's (English, where the page's language lacks a string), by
  // language: an element showing one says so, as the build's pages do.
  var textLanguages = data.strings.languages || {};
  var foreign = new Map();

  // An interface string with {0}, {1}… filled in, as the build fills them.
  function t(key) {
    var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    for (var i = 1; i < arguments.length; i++) text = text.split("{" + (i - 1) + "}").join(String(arguments[i]));
    if (Object.prototype.hasOwnProperty.call(textLanguages, key)) foreign.set(text, textLanguages[key]);
    return text;
  }

  // Marks an element whose whole text is one written in another language than the page's.
  function markLanguage(e, text) {
    var language = typeof text === "string" ? foreign.get(text.trim()) : undefined;
    if (language) {
      e.lang = language;
      e.dir = "auto";
    } else {
      e.removeAttribute("lang");
      e.removeAttribute("dir");
    }
  }

  function say(message, isProblem) {
    status.textContent = message;
    markLanguage(status, message);
    status.classList.toggle("notice-problem", !!isProblem);
    if (message) result.replaceChildren();
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) {
      e.textContent = text;
      markLanguage(e, text);
    }
    return e;
  }

  // The engine, loaded once: dotnet.js starts the .NET runtime and returns the methods LegalGen.Browser exports.
  function loadEngine() {
    if (!engine) {
      engine = import(new URL(data.engine, location.href).href)
        .then(function (module) { return module.dotnet.create(); })
        .then(function (runtime) { return runtime.getAssemblyExports(runtime.getConfig().mainAssemblyName); })
        .then(function (exports) { return exports.LegalGen.Browser.Comparison; });
      engine.catch(function () { engine = null; });
    }
    return engine.catch(function (e) { throw new Error(t("compare_failed_engine", e && e.message ? e.message : e)); });
  }

  // The text of a version's page: the element the templates mark data-text, exactly the rendered text.
  function loadText(url, version) {
    return fetch(url)
      .catch(function (e) { throw new Error(t("compare_failed_version", version.name, e.message)); })
      .then(function (response) {
        if (!response.ok) throw new Error(t("compare_failed_version", version.name, response.status + " " + response.statusText));
        return response.text();
      })
      .then(function (html) {
        var text = new DOMParser().parseFromString(html, "text/html").querySelector("[data-text]");
        if (!text) throw new Error(t("compare_failed_text", version.name));
        return text.innerHTML;
      });
  }

  function command(from, to) {
    return "legalgen diff " + data.policy + " " + from + " " + to + (data.language === data.binding ? "" : " --lang " + data.language);
  }

  function compare(older, newer, focus) {
    if (location.protocol === "file:") return say(t("compare_from_disk", command(older.date, newer.date)), true);
    if (!data.engine) return say(t("compare_no_engine", command(older.date, newer.date)), true);

    // As on the diff pages and in `legalgen diff`: the page's language when both versions are translated, else the binding texts.
    var translated = older.translated && newer.translated;
    var olderPage = translated ? older.page : older.bindingPage;
    var newerPage = translated ? newer.page : newer.bindingPage;
    var request = ++latest;
    say(t("compare_loading"));
    result.setAttribute("aria-busy", "true");
    Promise.all([loadEngine(), loadText(olderPage, older), loadText(newerPage, newer)])
      .then(function (loaded) {
        var comparison = JSON.parse(loaded[0].Compare(loaded[1], loaded[2], JSON.stringify(data.strings), olderPage, newerPage, translated ? data.language : data.binding));
        if (request !== latest) return;
        show(older, newer, olderPage, newerPage, translated, comparison, focus);
      })
      .catch(function (e) {
        if (request !== latest) return;
        say(t("compare_failed", e && e.message ? e.message : e), true);
      })
      .finally(function () { if (request === latest) result.removeAttribute("aria-busy"); });
  }

  // The comparison in the markup and classes of a diff page, so the stylesheet applies.
  function show(older, newer, olderPage, newerPage, translated, comparison, focus) {
    var section = element("section", "compare-computed");
    section.setAttribute("aria-labelledby", "compare-result-title");
    var title = element("h2", null, t("diff_between", older.name, newer.name));
    title.id = "compare-result-title";
    title.tabIndex = -1;
    section.append(title);
    var links = element("ul", "diff-version-list");
    [[olderPage, older], [newerPage, newer]].forEach(function (pair) {
      var link = element("a", null, t("version_of", pair[1].name));
      link.href = pair[0];
      var item = element("li");
      item.append(link);
      links.append(item);
    });
    section.append(links);
    section.append(element("p", "notice notice-computed", t("compare_computed")));
    if (!translated && data.language !== data.binding) section.append(element("p", "notice notice-fallback", t("diff_fallback", data.bindingName)));

    // As a diff page says it: the binding text changed, and the translation compared here did not follow.
    var notUpdated = translated && data.language !== data.binding && older.bindingWording !== newer.bindingWording
      && (older.wording === newer.wording || older.basis === newer.basis);
    if (notUpdated) {
      var notice = element("p", "notice notice-translation-of notice-not-updated", t("diff_translation_not_updated", data.languageName, data.bindingName, newer.name) + " ");
      var binding = element("a", null, t("diff_binding_changes"));
      binding.href = data.bindingCompare + "?from=" + encodeURIComponent(older.date) + "&to=" + encodeURIComponent(newer.date);
      binding.hreflang = data.binding;
      notice.append(binding);
      section.append(notice);
    }

    if (comparison.hasChanges || !notUpdated) {
      var summary = element("div", "diff-summary");
      summary.insertAdjacentHTML("beforeend", comparison.summary);
      section.append(summary);
    }
    if (comparison.hasChanges) {
      var views = element("div", "diff-views");
      var view = element("div", "diff-text view-inline");
      if (!translated && data.language !== data.binding) {
        view.lang = data.binding;
        view.dir = data.bindingDir;
      }
      view.insertAdjacentHTML("beforeend", comparison.redline);
      views.append(view);
      section.append(views);
    }

    say("");
    result.replaceChildren(section);
    if (focus) title.focus();
  }

  // A pair from the form or the address: its diff page where it has one, else the comparison on this page.
  function open(from, to, how) {
    var a = versions[from], b = versions[to];
    if (!a || !b) return say(t("compare_unknown_version", !a ? from : to), true);
    form.elements.from.value = from;
    form.elements.to.value = to;
    if (from === to) return say(t("compare_same_version"), true);
    var older = from < to ? a : b, newer = from < to ? b : a;
    var page = data.pairs[older.date + ".." + newer.date];
    if (page) {
      if (how === "address") location.replace(page);
      else location.assign(page);
      return;
    }

    if (how === "form") {
      var query = "?from=" + encodeURIComponent(older.date) + "&to=" + encodeURIComponent(newer.date);
      if (location.search !== query) {
        try { history.pushState(null, "", query); } catch (e) { /* an address the browser keeps as it is (file:) */ }
      }
    }

    compare(older, newer, how === "form");
  }

  function fromAddress() {
    var query = new URLSearchParams(location.search);
    if (query.has("from") && query.has("to")) open(query.get("from"), query.get("to"), "address");
    else {
      say("");
      result.replaceChildren();
    }
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    open(form.elements.from.value, form.elements.to.value, "form");
  });
  window.addEventListener("popstate", fromAddress);
  fromAddress();
})();
