// Checks that a built LegalGen site fits the screen: at a phone's width (390 px) and a laptop's (1280 px), the
// diff pages (inline and side by side), parallel views, compare pages and version pages with tables must not overflow
// the viewport sideways — the page must not scroll sideways (document.scrollingElement.scrollWidth > innerWidth), no
// element may reach beyond the viewport's edges unless it sits in a box that scrolls on its own (a table's), and no
// column of a side-by-side or parallel view may spill into the other (a long URL, say). Writes a screenshot of every
// page and width it checks into OUT_DIR.
//
// usage: node check-layout.mjs SITE_DIR OUT_DIR [PAGE…]
//   PAGE   a page's path in the site (en/privacy/diff/2023-03-01..2025-02-01/index.html); by default every diff,
//          parallel and compare page, and every version page with a table
// CHROMIUM=/path/to/chromium overrides the browser. Pages are opened from disk (file://), as a reader opens a site
// built on their own computer.
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { launchChromium } from "./browser.mjs";

const [siteArg, outArg, ...pageArgs] = process.argv.slice(2);
if (!siteArg || !outArg) {
  console.error("usage: node check-layout.mjs SITE_DIR OUT_DIR [PAGE…]");
  process.exit(2);
}
const site = resolve(siteArg);
const out = resolve(outArg);
mkdirSync(out, { recursive: true });
const widths = [390, 1280];
const failures = [];

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name === "index.html" ? [path] : [];
  });
}

// The pages whose layout is at stake: two columns, a matrix, tables.
function defaultPages() {
  return htmlFiles(site)
    .map((file) => relative(site, file).split("\\").join("/"))
    .filter((path) => /\/(diff\/[^/]+|parallel|compare)\/index\.html$/.test(path)
      || (path.split("/").length >= 3 && readFileSync(join(site, path), "utf8").includes("<table")))
    .sort();
}

const pages = pageArgs.length ? pageArgs : defaultPages();
if (pages.length === 0) {
  console.error(`${site}: no page to check`);
  process.exit(1);
}

// What overflows on the page as it is shown now: run in the page.
function overflows() {
  const width = window.innerWidth;
  const found = [];
  const scrolling = document.scrollingElement;
  if (scrolling.scrollWidth > width) found.push(`the page scrolls sideways: ${scrolling.scrollWidth} px wide in a ${width} px viewport`);

  const name = (e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.classList.length ? "." + [...e.classList].join(".") : "");
  const path = (e) => {
    const parts = [];
    for (let at = e; at && at !== document.body && parts.length < 4; at = at.parentElement) parts.unshift(name(at));
    return parts.join(" > ");
  };
  // A box that scrolls or clips sideways keeps what is inside it from the viewport.
  const boxed = (e) => {
    for (let at = e.parentElement; at && at !== document.body && at !== document.documentElement; at = at.parentElement) {
      const x = getComputedStyle(at).overflowX;
      if (x === "auto" || x === "scroll" || x === "hidden" || x === "clip") return true;
    }
    return false;
  };
  const reported = new Set();
  for (const e of document.body.querySelectorAll("*")) {
    const rect = e.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) continue; // not shown, or visually hidden for screen readers
    const style = getComputedStyle(e);
    if (style.visibility === "hidden") continue;
    // Moved off the screen on purpose (a skip link until it has focus).
    if ((style.position === "absolute" || style.position === "fixed") && (rect.right <= 0 || rect.left >= width)) continue;
    if ((rect.right > width + 0.5 || rect.left < -0.5) && !boxed(e)) {
      // One line per outermost culprit: its children overflow with it.
      if ([...reported].some((r) => r.contains(e))) continue;
      reported.add(e);
      found.push(`${path(e)} reaches ${Math.round(rect.left)}…${Math.round(rect.right)} px in a ${width} px viewport`);
    }
  }
  // A column of a two-column view whose content is wider than the column spills into the other one.
  for (const column of document.querySelectorAll(".sbs-old, .sbs-new, .pv-source, .pv-translation")) {
    if (column.getBoundingClientRect().width <= 1) continue;
    if (column.scrollWidth > column.clientWidth + 1) found.push(`${path(column)} holds content ${column.scrollWidth} px wide in a column of ${column.clientWidth} px`);
  }
  return found.slice(0, 10);
}

const browser = await launchChromium(["--hide-scrollbars"]);

let shots = 0;
for (const width of widths) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const path of pages) {
    const file = join(site, path);
    await page.goto("file://" + file);
    const views = [["", null]];
    if (/\/diff\/[^/]+\/index\.html$/.test(path) && (await page.locator("#view-side").count()) > 0) views.push(["side", "label[for=view-side]"]);
    for (const [view, choose] of views) {
      if (choose) {
        await page.locator(choose).click();
        await page.locator(".view-side .sbs").first().waitFor();
      }
      for (const problem of await page.evaluate(overflows)) failures.push(`${path}${view ? " (side by side)" : ""} at ${width} px: ${problem}`);
      // The part of the page that shows the view: its first change, else its top.
      const target = view ? "#side-change-1" : /\/diff\//.test(path) ? "#change-1" : null;
      if (target && (await page.locator(target).count()) > 0) await page.locator(target).evaluate((e) => e.scrollIntoView({ block: "start" }));
      else await page.evaluate(() => window.scrollTo(0, 0));
      const name = path.replace(/\/index\.html$/, "").replace(/[^A-Za-z0-9.-]+/g, "_") + (view ? "-side" : "") + `-${width}.png`;
      await page.screenshot({ path: join(out, name) });
      shots++;
    }
  }
  await context.close();
}
await browser.close();

console.log(`Layout: ${pages.length} pages at ${widths.join(" and ")} px, ${shots} screenshots in ${out}`);
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("Layout checks passed.");
