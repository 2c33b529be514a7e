// Checks a built LegalGen site as readers and validators see it:
//  1. every HTML page is valid HTML (Nu HTML checker),
//  2. every page passes axe-core's WCAG 2.2 A/AA rules in headless Chromium,
//  3. the diff page reads whole without JavaScript and its side-by-side view is made right with it, and the reading order survives print,
//  4. the compare page works without JavaScript (the form, which could only reload the page, stays hidden, and the
//     table links the diff pages), and with it shows its form, says so when the same version is chosen twice and opens
//     a pair's diff page, from disk too. (Comparisons computed in the browser are checked over http by
//     check-compare.mjs; the layout at a phone's and a laptop's width by check-layout.mjs.)
//  5. the date picker of a policy's pages answers each date as the change log's table of dates in force (written by the
//     build's timeline) does, from disk; without JavaScript it is hidden and links to that table; and a page whose
//     upcoming version has taken effect since the build says so when the reader's clock is past that day.
// usage: node check-site.mjs SITE_DIR        (CHROMIUM=/path/to/chromium to override the browser)
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { launchChromium } from "./browser.mjs";

const require = createRequire(import.meta.url);
const site = resolve(process.argv[2] ?? "_site");
const failures = [];

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith(".html") ? [path] : [];
  });
}

// 1. HTML validity.
const vnu = require("vnu-jar");
const validator = spawnSync("java", ["-jar", vnu, "--skip-non-html", "--errors-only", "--format", "gnu", site], { encoding: "utf8" });
if (validator.error) throw validator.error;
const invalid = (validator.stderr + validator.stdout).trim();
if (invalid) failures.push(`HTML validation errors:\n${invalid}`);
const pages = htmlFiles(site).sort();
console.log(`HTML: ${pages.length} pages checked, ${invalid ? invalid.split("\n").length + " errors" : "valid"}`);

// 2. Accessibility.
const browser = await launchChromium();
const page = await browser.newPage();
const axePath = require.resolve("axe-core/axe.min.js");
let violations = 0;
// 404.html links its stylesheet by absolute address (it is served at any depth), which a file:// check
// cannot fetch; its markup is still validated above.
const axePages = pages.filter((p) => !p.endsWith("/404.html"));
for (const file of axePages) {
  await page.goto("file://" + file);
  await page.addScriptTag({ path: axePath });
  const result = JSON.parse(await page.evaluate(async () => JSON.stringify(await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  }))));
  for (const v of result.violations) {
    violations++;
    failures.push(`${file.slice(site.length + 1)}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
  }
}
console.log(`Accessibility: ${axePages.length} pages checked, ${violations} violations`);

// 3. The diff views. Without JavaScript: the inline view, whole, and no switch to a view that cannot be made.
// With it: the side-by-side view made from the inline one — deletions only left, insertions only right, every
// change in both, no id twice — and deleted text struck through in print.
const noScript = await browser.newPage({ javaScriptEnabled: false });
const diff = pages.find((p) => p.includes("/diff/"));
if (diff) {
  await noScript.goto("file://" + diff);
  const visible = async (page, selector) => page.locator(selector).first().isVisible();
  if (!(await visible(noScript, ".view-inline")) || (await visible(noScript, ".view-switch"))) failures.push(`${diff}: without JavaScript the inline view is not shown alone`);
  const scripted = await browser.newPage();
  await scripted.goto("file://" + diff);
  await scripted.locator("label[for=view-side]").click();
  if ((await visible(scripted, ".view-inline")) || !(await visible(scripted, ".view-side .sbs"))) failures.push(`${diff}: choosing "side by side" does not show the side-by-side view`);
  const sides = await scripted.evaluate(() => ({
    oldIns: document.querySelectorAll(".view-side .sbs-old ins").length,
    newDel: document.querySelectorAll(".view-side .sbs-new del").length,
    oldDel: document.querySelectorAll(".view-side .sbs-old del").length,
    newIns: document.querySelectorAll(".view-side .sbs-new ins").length,
    hunks: document.querySelectorAll(".view-side .sbs-hunk").length,
    changes: document.querySelectorAll(".view-inline .rl-hunk").length,
    ids: [...document.querySelectorAll("[id]")].map((e) => e.id),
  }));
  if (sides.oldIns || sides.newDel) failures.push(`${diff}: the side-by-side view shows insertions left or deletions right`);
  if (sides.oldDel + sides.newIns === 0) failures.push(`${diff}: the side-by-side view marks nothing`);
  if (sides.hunks !== sides.changes) failures.push(`${diff}: ${sides.changes} changes inline, ${sides.hunks} side by side`);
  if (new Set(sides.ids).size !== sides.ids.length) failures.push(`${diff}: the side-by-side view repeats ids`);
  await scripted.emulateMedia({ media: "print" });
  const struck = await scripted.locator(".view-side del").first().evaluate((e) => getComputedStyle(e).textDecorationLine).catch(() => "line-through");
  if (!struck.includes("line-through")) failures.push(`${diff}: deleted text is not struck through in print`);
  await scripted.close();
  console.log("Diff views: checked");
}

// 4. The compare page. Without JavaScript: the table of links, and no form that could only reload the page. With it:
// the form, the same version twice said so, a pair with a diff page opened.
const compare = pages.find((p) => p.endsWith("/compare/index.html") && readFileSync(p, "utf8").includes("data-compare"));
if (compare) {
  await noScript.emulateMedia({ media: "screen" });
  await noScript.goto("file://" + compare);
  if (await noScript.locator("form[data-compare]").isVisible()) failures.push(`${compare}: without JavaScript the compare form is shown, which can only reload the page`);
  const table = await noScript.locator(".compare-table a").count();
  if (table === 0) failures.push(`${compare}: the table links no diff page`);
  if (!(await noScript.locator(".compare-table a").first().isVisible())) failures.push(`${compare}: without JavaScript the table of diff pages is not shown`);

  const data = JSON.parse(await noScript.locator("#compare-data").textContent());
  const scripted = await browser.newPage();
  await scripted.goto("file://" + compare);
  if (!(await scripted.locator("form[data-compare]").isVisible())) failures.push(`${compare}: with JavaScript the compare form is not shown`);
  const options = await scripted.locator("select[name=from] option").evaluateAll((os) => os.map((o) => o.value));
  await scripted.locator("select[name=from]").selectOption(options[0]);
  await scripted.locator("select[name=to]").selectOption(options[0]);
  await scripted.locator(".compare-form button[type=submit]").click();
  const said = (await scripted.locator("[data-compare-status]").textContent()).trim();
  if (said !== data.strings.texts.compare_same_version) failures.push(`${compare}: choosing the same version twice says "${said}"`);

  const [pair, diffPage] = Object.entries(data.pairs)[0] ?? [];
  if (pair) {
    const [from, to] = pair.split("..");
    await scripted.locator("select[name=from]").selectOption(to);
    await scripted.locator("select[name=to]").selectOption(from);
    await scripted.locator(".compare-form button[type=submit]").click();
    await scripted.waitForURL((url) => url.pathname.includes("/diff/"), { timeout: 10000 }).catch(() => {});
    if (!scripted.url().endsWith(diffPage.replace(/^(\.\.\/)+/, ""))) failures.push(`${compare}: choosing ${to} and ${from} does not open their diff page (at ${scripted.url()})`);
  }
  await scripted.close();
  console.log("Compare page: checked");
}

// 5. The date picker against the change log's table of dates in force.
const changeLogs = pages.filter((p) => p.endsWith("/changes/index.html"));
if (changeLogs.length) {
  const addDays = (day, n) => new Date(Date.parse(day + "T00:00:00Z") + n * 86400000).toISOString().slice(0, 10);
  let asked = 0;
  for (const changes of changeLogs) {
    await noScript.goto("file://" + changes);
    const table = await noScript.locator(".in-force-table tbody tr").evaluateAll((rows) => rows.map((r) => ({
      withdrawal: r.classList.contains("in-force-withdrawal"),
      href: r.querySelector("a")?.href ?? null,
      from: r.querySelector("td time")?.getAttribute("datetime"),
      until: r.querySelectorAll("td")[1]?.querySelector("time")?.getAttribute("datetime") ?? null,
    })));
    if (!table.length) { failures.push(`${changes}: no table of dates in force`); continue; }
    if (await noScript.locator("[data-pit]").isVisible()) failures.push(`${changes}: the date picker shows without JavaScript`);
    const withdrawal = table.find((r) => r.withdrawal);
    const versions = table.filter((r) => !r.withdrawal);
    // What the table says was in force on a day: the version whose range holds it; before the first, the first; once withdrawn, the last.
    const expected = (day) => withdrawal && day >= withdrawal.from ? versions[0].href
      : (versions.find((r) => r.from <= day && (!r.until || day <= r.until)) ?? versions[versions.length - 1]).href;
    const days = new Set(["1990-01-01", "2999-12-31"]);
    for (const r of table) for (const d of [r.from, r.until].filter(Boolean)) for (const n of [-1, 0, 1]) days.add(addDays(d, n));
    const policyPage = changes.replace(/changes\/index\.html$/, "index.html");
    for (const file of [changes, policyPage]) {
      const scripted = await browser.newPage();
      await scripted.goto("file://" + file);
      for (const day of days) {
        await scripted.locator("#pit-date").fill(day);
        await scripted.locator(".pit-form button[type=submit]").click();
        const href = await scripted.locator("[data-pit-answer] a").first().evaluate((a) => a.href).catch(() => null);
        asked++;
        if (href !== expected(day)) failures.push(`${file}: the date picker answers ${day} with ${href}, the table of dates in force with ${expected(day)}`);
      }
      await scripted.close();
    }
    await noScript.goto("file://" + policyPage);
    const link = await noScript.locator(".pit-table-link a").getAttribute("href").catch(() => null);
    if (!link || !link.endsWith("changes/index.html#in-force") || await noScript.locator("[data-pit]").isVisible())
      failures.push(`${policyPage}: without JavaScript the date picker is not hidden behind a link to the table of dates in force`);
    // A build that stopped: the reader's clock past an upcoming version's day.
    const asOf = JSON.parse(await noScript.locator("#pit-data").textContent()).asOf;
    const upcoming = versions.findLast((r) => r.from > asOf);
    if (upcoming) {
      const later = await browser.newPage();
      await later.clock.setFixedTime(new Date(Date.parse(upcoming.from + "T12:00:00")));
      await later.goto("file://" + policyPage);
      const notice = later.locator("[data-pit-stale]");
      if (!(await notice.isVisible()) || (await notice.locator("a").first().evaluate((a) => a.href).catch(() => null)) !== upcoming.href)
        failures.push(`${policyPage}: on ${upcoming.from} the page does not say that the version of ${upcoming.from} has taken effect since it was built`);
      await later.close();
    }
  }
  console.log(`Date picker: ${asked} dates answered as the tables of dates in force say`);
}

await browser.close();
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("Site checks passed.");
