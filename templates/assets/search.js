// The search page's script (templates/search.sbn). It searches the index Pagefind wrote into pagefind/ when the site
// was built — one index per language, made from the text of every version in that language (each text once: the
// version in force on the policy's own page, every other version on its permalink) — and lists the results: the
// versions in force first, then the others, each group in Pagefind's order of relevance, every result saying which
// document and which version it is from. Without JavaScript the form reloads the page with ?q=…, and the page says
// that search needs JavaScript. Opened from disk (file://), a browser does not load the index; the page says so.
// See docs/publishing.md, "Search".
(function () {
  "use strict";

  var form = document.querySelector("[data-search]");
  var status = document.querySelector("[data-search-status]");
  var list = document.querySelector("[data-search-results]");
  var more = document.querySelector("[data-search-more]");
  var dataElement = document.getElementById("search-data");
  if (!form || !status || !list || !more || !dataElement) return;

  var data = JSON.parse(dataElement.textContent);
  var input = form.elements.namedItem("q");
  var batch = 10;
  var index = null;
  var latest = 0;
  var pending = [];

  // An interface string with {0}, {1}… filled in, as the build fills them.
  function fill(text, args) {
    for (var i = 0; i < args.length; i++) text = text.split("{" + i + "}").join(String(args[i]));
    return text;
  }

  function t(key) {
    var text = Object.prototype.hasOwnProperty.call(data.texts, key) ? data.texts[key] : key;
    return fill(text, Array.prototype.slice.call(arguments, 1));
  }

  // The plural form for count, chosen by the rules of the language the forms are written in; {0} is the count.
  function tn(key, count) {
    var plural = data.plurals[key];
    if (!plural) return key;
    var category = "other";
    try {
      category = new Intl.PluralRules(plural.language).select(count);
    } catch (e) {
      // A browser without the language's rules: the "other" form.
    }
    var text = plural.forms[category] || plural.forms.other || key;
    return fill(text, [count].concat(Array.prototype.slice.call(arguments, 2)));
  }

  function say(message, isProblem) {
    status.textContent = message;
    status.classList.toggle("notice-problem", !!isProblem);
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Pagefind's script, loaded once; its folder is where it finds the index, and the site's root it links results to.
  function load() {
    if (!index) {
      index = import(new URL(data.index, location.href).href).then(function (pagefind) {
        return pagefind.options({ excerptLength: 24 }).then(function () { return pagefind; });
      });
      index.catch(function () { index = null; });
    }
    return index;
  }

  // An excerpt as Pagefind gives it: the page's text, escaped, with the words found in <mark>. Only text and marks are
  // kept, so nothing in it can become markup of this page.
  function excerpt(html) {
    var p = element("p", "search-result-excerpt");
    var parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html").body.firstChild;
    (parsed ? Array.prototype.slice.call(parsed.childNodes) : []).forEach(function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === "MARK") p.appendChild(element("mark", "", node.textContent));
      else p.appendChild(document.createTextNode(node.textContent));
    });
    return p;
  }

  function show(result) {
    var meta = result.meta || {};
    var state = result.filters && result.filters.status ? result.filters.status[0] : "";
    var item = element("li", "search-result search-result-" + state);
    var title = element("h2", "search-result-title");
    var link = element("a", "", meta.title || result.url);
    link.href = result.url;
    title.appendChild(link);
    item.appendChild(title);
    var version = element("p", "search-result-version");
    if (meta.status) version.appendChild(element("span", "badge badge-" + state, meta.status));
    if (meta.version) version.appendChild(document.createTextNode(" " + meta.version));
    item.appendChild(version);
    item.appendChild(excerpt(result.excerpt || ""));
    var sections = (result.sub_results || []).filter(function (s) { return s.url.indexOf("#") >= 0 && s.title && s.title !== meta.title; }).slice(0, 3);
    if (sections.length > 0) {
      var nav = element("ul", "search-result-sections");
      sections.forEach(function (s) {
        var li = element("li", "", t("search_section") + " ");
        var a = element("a", "", s.title);
        a.href = s.url;
        li.appendChild(a);
        nav.appendChild(li);
      });
      item.appendChild(nav);
    }
    list.appendChild(item);
  }

  // The results are busy (aria-busy) from the search until they are listed.
  function busy(isBusy) {
    if (isBusy) list.setAttribute("aria-busy", "true");
    else list.removeAttribute("aria-busy");
  }

  function showMore(ticket) {
    var next = pending.splice(0, batch);
    more.parentNode.hidden = true;
    busy(true);
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (results) {
      if (ticket !== latest) return;
      results.forEach(show);
      list.hidden = list.children.length === 0;
      more.parentNode.hidden = pending.length === 0;
      busy(false);
    });
  }

  function search(query) {
    var ticket = ++latest;
    pending = [];
    list.replaceChildren();
    list.hidden = true;
    more.parentNode.hidden = true;
    busy(false);
    if (!query.trim()) {
      say("");
      return Promise.resolve();
    }
    if (location.protocol === "file:") {
      say(t("search_from_disk"), true);
      return Promise.resolve();
    }
    busy(true);
    say(t("search_loading"));
    return load()
      .then(function (pagefind) {
        // The versions in force first, then every other one (upcoming, superseded, withdrawn).
        return Promise.all([
          pagefind.search(query, { filters: { status: "current" } }),
          pagefind.search(query, { filters: { status: { not: "current" } } }),
        ]);
      })
      .then(function (found) {
        if (ticket !== latest) return;
        pending = found[0].results.concat(found[1].results);
        say(pending.length === 0 ? t("search_no_results", query) : tn("search_results", pending.length, query));
        return showMore(ticket);
      })
      .catch(function (e) {
        if (ticket !== latest) return;
        busy(false);
        say(t("search_failed", e && e.message ? e.message : e), true);
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    var url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url.href);
    search(query);
  });

  more.addEventListener("click", function () { showMore(latest); });

  var asked = new URL(location.href).searchParams.get("q");
  if (asked) {
    input.value = asked;
    search(asked);
  }
})();
