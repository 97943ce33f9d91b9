import { getBulk } from '../../data/bulk.ts';

export const GET = async () => new Response(new Uint8Array((await getBulk()).ndjson), { headers: { 'Content-Type': 'application/x-ndjson' } });
