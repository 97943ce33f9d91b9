/**
 * For the linter: astro-eslint-parser reads an .astro file as TSX, whose elements take the type of
 * TypeScript's global `JSX.Element`. Astro declares none (its own element type, `HTMLElement | any`,
 * would make every `{list.map((x) => <li>…</li>)}` an unsafe `any`), so without this the elements are
 * of an unresolved type. `astro check` uses Astro's own JSX types and is not affected.
 */
import 'astro/astro-jsx';

declare global {
	namespace JSX {
		type Element = HTMLElement;
	}
}
