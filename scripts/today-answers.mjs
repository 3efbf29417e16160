// Today's questions answered in a page as a user would, for the screenshot scripts.

const today = () => document.querySelector('knee-app').shadowRoot.querySelector('knee-today')?.shadowRoot;

/** A first visit's red-flag questions on Today, answered "no" as a user would (when Today shows them). */
export async function answerRedFlags(page) {
  const asked = await page
    .waitForFunction(`(${today})()?.querySelector('knee-red-flags')?.shadowRoot?.querySelector('input')`, { polling: 100, timeout: 3000 })
    .then(() => true)
    .catch(() => false);
  if (!asked) return;
  await page.evaluate(`(async () => {
    const check = (${today})().querySelector('knee-red-flags');
    for (const fieldset of check.shadowRoot.querySelectorAll('fieldset')) fieldset.querySelectorAll('input')[1].click();
    await check.updateComplete;
    [...check.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Done').click();
  })()`);
  await page.waitForFunction(`(${today})()?.querySelector('[aria-label="More pain"]')`, { polling: 100 });
}

/** The readiness bend answered with `pain`. */
export async function answerBend(page, pain) {
  await page.evaluate(`(async () => {
    const root = (${today})();
    for (let i = 0; i < ${pain}; i++) {
      root.querySelector('[aria-label="More pain"]').click();
      await root.host.updateComplete;
    }
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check').click();
  })()`);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
