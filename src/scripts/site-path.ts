/**
 * A site built without SITE_URL names its pages by path ("/ke-hoach/2025/lang-son/"); in the
 * browser, citations and the print footer show the address the page is actually served from.
 */
export const withSiteAddress = (text: string, path: string | undefined) => (path ? text.split(path).join(new URL(path, location.href).href) : text);

for (const el of document.querySelectorAll<HTMLElement>('[data-site-path]:not(button)')) {
	el.textContent = withSiteAddress(el.textContent ?? '', el.dataset.sitePath);
}
