/**
 * The prerendered page that answers a navigation to `pathname`. Pages are prerendered with
 * trailingSlash 'never', so '/quiz/' is '/quiz'; the query string never selects a page.
 * Unknown paths get '/', whose client router then shows the right page or its error.
 */
export function pageForNavigation(pathname: string, pages: ReadonlySet<string>): string {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
	if (pages.has(path)) return path;
	const html = path.replace(/\.html$/, '');
	if (pages.has(html)) return html;
	return '/';
}
