import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.(e2e|spec)\.ts$/,
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		launchOptions: chromiumLaunchOptions
	},
	webServer: {
		command: process.env.E2E_NO_BUILD
			? `npx vite preview --port ${port} --strictPort`
			: `npm run build && npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: false,
		timeout: 240_000
	}
});
