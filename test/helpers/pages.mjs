// Helpers for the tests that drive built pages in Chromium with puppeteer (node --test).

/**
 * Waits for an element found by CSS selectors through open shadow roots, from the document,
 * and returns its handle. Polled (not per animation frame: a tab in the background gets none).
 */
export const deep = (page, ...selectors) =>
  page.waitForFunction(
    (path) => {
      let node = document;
      for (const selector of path) {
        node = (node.shadowRoot ?? node).querySelector(selector);
        if (!node) return null;
      }
      return node;
    },
    { timeout: 60_000, polling: 100 },
    selectors,
  );
