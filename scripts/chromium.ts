import { existsSync } from 'node:fs';

/**
 * How every browser run here starts Chromium: Debian's where it is installed (no browser
 * download works on these machines), else Playwright's own. The flags keep Chromium from
 * reaching for the network in the background.
 */
export const chromiumLaunchOptions = {
	executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};
