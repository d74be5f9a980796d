import { defineConfig, devices } from "@playwright/test";
import { storageStateFor } from "./e2e/auth-state";

/**
 * e2e against a production build (`next build` + `npm start`) on its own throwaway PGlite folder, which
 * `npm start` migrates and seeds with the Matryoshka real case. DATABASE_URL is blanked so a developer's
 * configured PostgreSQL is never touched.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${PORT}`;
const dataDir = `data/e2e-pglite-${PORT}`;
const ci = Boolean(process.env.CI);


const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Without the networking flags Chromium keeps calling home and floods a closed network with refused connections.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: ci ? 2 : undefined,
  reporter: ci ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    // Signs in once per role through the real sign-in page (demo mode shows the accounts) and keeps the cookies.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: chromium },
    { name: "api", testMatch: /.*\.api\.spec\.ts/, dependencies: ["setup"], use: { storageState: storageStateFor("admin") } },
    {
      name: "ui",
      testMatch: /.*\.ui\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...chromium, storageState: storageStateFor("admin") },
    },
  ],
  webServer: {
    command: `rm -rf ${dataDir} data/e2e-${PORT} && npm run build && npm start`,
    url: `${baseURL}/api/health`,
    timeout: 600_000, // `next build` alone took 4.5 min on a loaded 2-core machine
    reuseExistingServer: !ci && !process.env.E2E_FRESH_SERVER,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      PGLITE_DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      SIGHTLINE_DEMO: "1",
      // The fuzz suites send thousands of requests as one user; the per-user limits have their own tests
      // (lib/http/fair-share.int.test.ts), so here they are raised out of the way.
      SIGHTLINE_FAIR_SHARE_SCALE: "100",
      SIGHTLINE_DATA_DIR: `data/e2e-${PORT}`,
    },
  },
});
