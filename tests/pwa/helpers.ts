import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Waits until a service worker is active and controls the page (it claims on first install). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** The version name of the service worker that controls the page. */
export function serviceWorkerVersion(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const controller = navigator.serviceWorker.controller;
				if (!controller) return reject(new Error('no controller'));
				const channel = new MessageChannel();
				channel.port1.onmessage = (event) => resolve(event.data);
				controller.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
			})
	);
}

/** An article that is not bundled with the app, so importing it adds one. */
export function importableArticle(): string {
	return readFileSync(new URL('./import-article.txt', import.meta.url), 'utf8');
}

/** Builds the app into its own folders (another version for the update test). */
export function buildApp(env: Record<string, string>): void {
	const result = spawnSync('npx', ['vite', 'build'], {
		env: { ...process.env, ...env },
		stdio: 'pipe',
		encoding: 'utf8'
	});
	if (result.status !== 0)
		throw new Error(
			`vite build failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`
		);
}

export interface Server {
	stop(): Promise<void>;
}

/** `vite preview` of the build in KIT_OUT_DIR, in its own process group so it stops whole. */
export async function startPreview(kitOutDir: string, port: number): Promise<Server> {
	const child: ChildProcess = spawn(
		'npx',
		['vite', 'preview', '--port', String(port), '--strictPort'],
		{ env: { ...process.env, KIT_OUT_DIR: kitOutDir }, detached: true, stdio: 'ignore' }
	);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			process.kill(-child.pid!, 'SIGTERM');
			throw new Error(`vite preview did not start on port ${port}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		async stop() {
			try {
				process.kill(-child.pid!, 'SIGTERM');
			} catch {
				return;
			}
			await exited;
		}
	};
}

/** Answers the question the quiz page shows, whatever its type, and waits for the feedback. */
export async function answerCurrentQuestion(page: Page): Promise<void> {
	const question = page.getByTestId('question');
	await question.waitFor();
	const type = await question.getAttribute('data-question-type');
	if (type === 'cloze') {
		await question.locator('input').fill('1999');
		await question.getByRole('button', { name: 'Check' }).click();
	} else if (type === 'timeline') {
		await question.getByRole('button', { name: 'Check order' }).click();
	} else if (type === 'match') {
		const items = question.getByRole('list', { name: 'Items' }).locator('li');
		const partners = question.getByRole('list', { name: 'Partners' }).getByRole('button');
		for (let i = 0; i < (await items.count()); i++) {
			await items.nth(i).getByRole('button').first().click();
			await partners.nth(i).click();
		}
		await question.getByRole('button', { name: 'Check pairs' }).click();
	} else {
		await question.getByRole('button').first().click();
	}
	await page.getByRole('button', { name: /continue/i }).waitFor();
}
