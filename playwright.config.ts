import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// The system's Chromium when there is one (or one named by CHROMIUM_PATH), else Playwright's own.
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));
const PORT = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "on-first-retry",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], channel: undefined },
      // At phone width the suite checks what a phone reader sees and does: layout, menus, forms,
      // axe. These files test what the viewport cannot change (response headers, file contents of
      // exports and imports, the merge of two tabs, a keyboard-only session, who may open which page, axe over every editor
      // page), so they run once, on desktop, and keep the suite short.
      testIgnore: [
        "security-headers.spec.ts",
        "data-io.spec.ts",
        "import.spec.ts",
        "edit-conflict.spec.ts",
        "keyboard-entry.spec.ts",
        "editor-accessibility.spec.ts",
        "page-roles.spec.ts",
      ],
    },
  ],
  // The built app on a throwaway embedded PostgreSQL with the initial record (tests/e2e/server.ts).
  webServer: {
    command: `tsx --conditions=react-server tests/e2e/server.ts`,
    url: `http://127.0.0.1:${PORT}/api/v1/entries?pageSize=1`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(PORT) },
    stdout: "pipe",
  },
});
