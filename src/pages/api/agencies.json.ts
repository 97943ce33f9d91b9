import { getCatalog } from '../../data/catalog.ts';
import { json } from '../../data/respond.ts';
import { site } from '../../data/site.ts';
import { agencyRecords } from '../../lib/open-data.ts';

export const GET = async () => json(agencyRecords(await getCatalog(), site));
