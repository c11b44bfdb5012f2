/**
 * Whether the page is shown inside another page's frame. Actions that change or replace the
 * learner's data are then not offered: another site could dress them up and trick a click
 * (clickjacking). A host should also forbid framing with `frame-ancestors 'none'`, which a
 * `<meta>` CSP cannot say.
 */
export function isFramed(): boolean {
	try {
		return window.top !== window.self;
	} catch {
		// A cross-origin top that cannot even be compared is a frame.
		return true;
	}
}
