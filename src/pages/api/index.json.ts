import { getBulk } from '../../data/bulk.ts';
import { getCatalog } from '../../data/catalog.ts';
import { json } from '../../data/respond.ts';
import { site } from '../../data/site.ts';
import { apiIndexRecord } from '../../lib/open-data.ts';

export const GET = async () => json(apiIndexRecord(await getCatalog(), site, (await getBulk()).facts));
