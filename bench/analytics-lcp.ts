/**
 * npx tsx bench/analytics-lcp.ts --url http://127.0.0.1:3314 [--runs 5]
 * Largest contentful paint of /analytics in headless Chromium with 4× CPU throttling (CDP
 * Emulation.setCPUThrottlingRate), measured with Playwright; the same page unthrottled and the Overview throttled are
 * measured in the same run as baselines. Each run is a fresh browser context (cold cache), signed in once.
 *
 * The server must run in demo mode (the sign-in page shows the demo accounts), e.g. on a copy of the 100k database:
 *   createdb -T bench_shared_100k bench_analytics_lcp
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_analytics_lcp SIGHTLINE_DEMO=1 PORT=3314 npm start
 * (signing in writes a session, so never point it at the shared read-only database).
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { chromium, type BrowserContext } from "@playwright/test";

const { values } = parseArgs({ options: { url: { type: "string", default: "http://127.0.0.1:3314" }, runs: { type: "string", default: "5" } } });
const base = values.url!;
const RUNS = Number(values.runs);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

async function signedInState() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  const [email, password] = await page.getByTestId("demo-journalist").locator("code").allTextContents();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor({ state: "attached" });
  const state = await context.storageState();
  await context.close();
  return state;
}

async function lcp(context: BrowserContext, path: string, throttle: number): Promise<{ lcp: number; element: string; ttfb: number; html: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(`${base}${path}`, { waitUntil: "load" });
  // LCP is final once the page has been idle; read the last candidate from a buffered observer.
  await page.waitForLoadState("networkidle");
  const result = await page.evaluate(
    () =>
      new Promise<{ lcp: number; element: string; ttfb: number; html: number }>((resolve) => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { element?: Element })[];
          const last = entries[entries.length - 1];
          const el = last?.element;
          resolve({ ttfb: nav.responseStart, html: nav.transferSize, lcp: last?.startTime ?? NaN, element: el ? `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} "${(el.textContent ?? "").slice(0, 40)}"` : "?" });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  await page.close();
  return result;
}

const state = await signedInState();
const cases: [label: string, path: string, throttle: number][] = [
  ["/analytics, 4× CPU", "/analytics", 4],
  ["/analytics?country=PL, 4× CPU", "/analytics?country=PL", 4],
  ["/analytics, no throttling (baseline)", "/analytics", 1],
  ["/ (Overview), 4× CPU (baseline)", "/", 4],
];
console.log(`LCP bench against ${base} · ${RUNS} runs each · load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log("| page | LCP median ms | LCP max ms | TTFB median ms | HTML kB | LCP element |\n|---|---|---|---|---|---|");
for (const [label, path, throttle] of cases) {
  // One warm-up load per case (server-side caches, compiled routes), then cold browser contexts.
  const warm = await browser.newContext({ storageState: state });
  await lcp(warm, path, 1);
  await warm.close();
  const times: number[] = [];
  const ttfbs: number[] = [];
  let element = "";
  let html = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ storageState: state, viewport: { width: 1366, height: 900 } });
    const r = await lcp(context, path, throttle);
    times.push(r.lcp);
    ttfbs.push(r.ttfb);
    element = r.element;
    html = r.html;
    await context.close();
  }
  times.sort((a, b) => a - b);
  ttfbs.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  console.log(`| ${label} | ${times[mid].toFixed(0)} | ${times[times.length - 1].toFixed(0)} | ${ttfbs[mid].toFixed(0)} | ${(html / 1024).toFixed(0)} | ${element} |`);
}
console.log(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
await browser.close();
