// The headless Chromium every site check runs in: the system's browser (CHROMIUM=/path/to/chromium to override),
// without a sandbox, a GPU or any network of its own (updates, sync, background requests).
import { chromium } from "playwright-core";

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}
