import { expect, type Page } from "@playwright/test";

/**
 * Fails the test on any dialog (alert, confirm, prompt) a stored payload could open, and checks after each page
 * that `window.__pwned` was never set.
 */
export function guardPage(page: Page): { dialogs: string[] } {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { dialogs };
}

export async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

/** Every href on the page: absolute http(s), or a same-site path, query or fragment — never javascript:/data:/vbscript:. */
export async function expectOnlyHttpLinks(page: Page): Promise<void> {
  const hrefs = await page.locator("[href], [xlink\\:href]").evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute("href") ?? node.getAttribute("xlink:href") ?? ""),
  );
  const unsafe = hrefs.filter((href) => !/^(https?:\/\/[^\s]+|\/(?!\/)[^\s]*|#[^\s]*|\?[^\s]*)$/i.test(href.trim()));
  expect(unsafe, `links that are not http(s) or same-site: ${unsafe.join(", ")}`).toEqual([]);
  const framed = await page.locator("iframe[src], object[data], embed[src]").count();
  expect(framed).toBe(0);
}
