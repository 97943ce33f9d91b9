/**
 * A plan file added to content/ appears on its year, province, slogan, convention and agency
 * pages with no other edit: builds a copy of the project with one more plan and reads the pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../support/build-copy.ts';
import { FIXTURES } from '../support/corpus.ts';

let dist: string;

beforeAll(() => {
	dist = buildCopy({ overlays: [join(FIXTURES, 'valid')] });
}, 180_000);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const planHref = 'href="/ke-hoach/2025/tuyen-quang/"';

describe('adding a plan file', () => {
	it('builds its own page', () => {
		expect(page('ke-hoach/2025/tuyen-quang')).toContain('12/KH-BCĐNQ');
	});
	it('lists it on the plan list, its year, its province, its slogan, convention and agency pages', () => {
		for (const path of [
			'ke-hoach',
			'nam/2025',
			'tinh/tuyen-quang',
			'khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi',
			'cong-uoc/cat',
			'co-quan/cong-an-tinh',
			'ke-hoach/2025/trung-uong',
		]) {
			expect(page(path), path).toContain(planHref);
		}
	});
	it('counts it in the year’s coverage and builds its comparison with the central plan', () => {
		// 2 plans of the corpus + the fixture (Tuyên Quang).
		expect(page('nam/2025')).toMatch(/Kho có kế hoạch của <strong>3<\/strong> trên <strong>34<\/strong>/);
		expect(page('ke-hoach/2025/tuyen-quang/so-sanh')).toContain('Giữ nguyên văn');
	});
});
