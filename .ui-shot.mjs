import { chromium } from '@playwright/test';
const [,, url, out, w = '390', h = '844', theme = 'light', actions = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: theme });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.stack));
await page.goto('http://localhost:4180' + url);
await page.waitForTimeout(1500);
for (const a of actions.split('|').filter(Boolean)) {
  const [kind, arg] = a.split('=');
  if (kind === 'click') await page.locator(arg).first().click();
  if (kind === 'key') await page.keyboard.press(arg);
  if (kind === 'type') await page.keyboard.type(arg);
  await page.waitForTimeout(400);
}
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
