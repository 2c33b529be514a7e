// The side-by-side view of a diff page, made on demand from the inline redline, which is the page's one copy of
// the text: the older version's column shows what the older version had (deleted words struck, nothing
// inserted), the newer one's what it has (inserted words underlined, the notes on formatting). Without
// JavaScript the page shows the inline view, which is complete, and this switch stays hidden.
(function () {
  "use strict";

  var IN_OLD = { unchanged: 1, deleted: 1, modified: 1, "moved-from": 1, "moved-to": 1 };
  var IN_NEW = { unchanged: 1, inserted: 1, modified: 1, "moved-to": 1 };

  function changeOf(block) {
    var m = /(?:^|\s)rl-(unchanged|deleted|inserted|modified|moved-from|moved-to)(?:\s|$)/.exec(block.className);
    return m ? m[1] : "unchanged";
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // One side of a block: a copy without ids (the inline view keeps them) and without the other side's marks.
  function side(block, old, caption) {
    var copy = block.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
    copy.querySelectorAll(old ? "ins, .rl-format-note" : "del, .rl-move-link, .rl-was").forEach(function (e) { e.remove(); });
    // Words formatted or linked otherwise: the older column shows them as the older version had them.
    if (old) copy.querySelectorAll(".rl-format").forEach(function (format) {
      var was = format.querySelector(":scope > .rl-was");
      if (!was) return;
      while (format.firstChild) format.removeChild(format.firstChild);
      while (was.firstChild) format.appendChild(was.firstChild);
    });
    copy.querySelectorAll(".rl-move-link a[href^='#change-']").forEach(function (a) {
      a.setAttribute("href", "#side-" + a.getAttribute("href").slice(1));
    });
    var tag = block.tagName.toLowerCase();
    var kind = /^h[1-6]$/.test(tag) ? "sbs-heading sbs-" + tag : tag === "li" ? "sbs-listitem" : tag === "tr" ? "sbs-row-cells" : "sbs-paragraph";
    var holder = element(tag === "pre" || tag === "blockquote" ? tag : "div", "sbs-block " + kind);
    var depth = /rl-depth-\d/.exec(block.className);
    if (depth) holder.classList.add(depth[0]);
    // Which version this side is: read out before each block, and shown where the columns are stacked (on a phone).
    var label = element("span", "sbs-side-label", caption);
    label.appendChild(element("span", "visually-hidden", ": "));
    holder.appendChild(label);
    if (tag === "tr") {
      var table = element("table", "rl-table");
      table.appendChild(copy);
      // A row wider than its column scrolls in its own box, which the keyboard can reach.
      var scroll = element("div", "table-scroll");
      scroll.tabIndex = 0;
      scroll.appendChild(table);
      holder.appendChild(scroll);
    } else {
      while (copy.firstChild) holder.appendChild(copy.firstChild);
    }
    return holder;
  }

  function row(block, captions) {
    var change = changeOf(block);
    var r = element("div", "sbs-row rl-" + change);
    var left = element("div", "sbs-old");
    var right = element("div", "sbs-new");
    if (IN_OLD[change]) left.appendChild(side(block, true, captions.old));
    if (IN_NEW[change]) right.appendChild(side(block, false, captions.new));
    r.appendChild(left);
    r.appendChild(right);
    return r;
  }

  // The blocks of a passage: list items and table rows each on a row of their own.
  function rows(container, target, captions) {
    Array.prototype.forEach.call(container.children, function (child) {
      var tag = child.tagName.toLowerCase();
      if (child.classList.contains("rl-nav")) return;
      if (tag === "ul" || tag === "ol") child.querySelectorAll(":scope > li").forEach(function (li) { target.appendChild(row(li, captions)); });
      else if (tag === "table" || child.classList.contains("table-scroll")) child.querySelectorAll("tr").forEach(function (tr) { target.appendChild(row(tr, captions)); });
      else target.appendChild(row(child, captions));
    });
  }

  function sideBySide(redline, captions) {
    var view = element("div", "sbs");
    var caption = element("div", "sbs-row sbs-caption");
    caption.setAttribute("aria-hidden", "true");
    caption.appendChild(element("div", "sbs-old", captions.old));
    caption.appendChild(element("div", "sbs-new", captions.new));
    view.appendChild(caption);
    Array.prototype.forEach.call(redline.children, function (child) {
      if (child.classList.contains("rl-fold")) {
        var summary = child.querySelector("summary");
        view.appendChild(element("p", "sbs-gap", summary ? summary.textContent : ""));
      } else if (child.classList.contains("rl-hunk")) {
        var hunk = element("div", "sbs-hunk");
        hunk.id = "side-" + child.id;
        var nav = child.querySelector(":scope > .rl-nav");
        if (nav) {
          var copy = nav.cloneNode(true);
          copy.querySelectorAll("a[href^='#change-']").forEach(function (a) { a.setAttribute("href", "#side-" + a.getAttribute("href").slice(1)); });
          hunk.appendChild(copy);
        }
        rows(child, hunk, captions);
        view.appendChild(hunk);
      } else {
        var holder = document.createElement("div");
        holder.appendChild(child.cloneNode(true));
        rows(holder, view, captions);
      }
    });
    return view;
  }

  // Printing: a browser without ::details-content prints a closed <details> without its content, so the folded
  // passages are opened for the print and folded again after it (the stylesheet alone opens them where it can).
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.rl-fold:not([open])").forEach(function (fold) {
      fold.open = true;
      openedForPrint.push(fold);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (fold) { fold.open = false; });
    openedForPrint = [];
  });

  document.querySelectorAll(".diff-views").forEach(function (views) {
    var redline = views.querySelector(".view-inline .redline");
    var target = views.querySelector(".view-side");
    var choice = views.querySelector("#view-side");
    var toggle = views.querySelector(".view-switch");
    if (!redline || !target || !choice || !toggle) return;
    var captions = { old: target.getAttribute("data-old-caption") || "", new: target.getAttribute("data-new-caption") || "" };
    var built = false;
    function build() {
      if (built || !choice.checked) return;
      built = true;
      target.appendChild(sideBySide(redline, captions));
    }
    toggle.hidden = false;
    choice.addEventListener("change", build);
    build();
  });
})();
