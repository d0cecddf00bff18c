// Screenshots of the page after running the concurrency example, on a desktop and on a 375 px
// phone, in light and dark, saved under test-results/ for a person to look at; plus the layout
// checks a screenshot can't make by itself (no sideways scrolling on the phone).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { resultsDir, startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const screens = {
  desktop: { width: 1280, height: 900 },
  375: { width: 375, height: 812 },
};

for (const [screen, viewport] of Object.entries(screens)) {
  for (const colorScheme of ['light', 'dark']) {
    test(`screenshot: ${screen}, ${colorScheme}`, async () => {
      const { page, context, problems } = await harness.open({ viewport, colorScheme });
      if (screen === '375') {
        await page.locator('#chapters-toggle').click();
        await page.locator('[data-example-id="06_concurrency"]').click();
        assert.equal(await page.getByTestId('example-list').isVisible(), false, 'choosing an example folds the list');
      } else {
        await page.locator('[data-example-id="06_concurrency"]').click();
      }
      await page.getByTestId('fast-forward').check();
      await page.evaluate(() => window.aioplay.run());
      await page.getByTestId('timeline').locator('[data-task-name="Task-1"] .tl-await').focus();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await page.screenshot({ path: path.join(resultsDir, `page-${screen}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
