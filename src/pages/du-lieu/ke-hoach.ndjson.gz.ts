import { getBulk } from '../../data/bulk.ts';

export const GET = async () => new Response(new Uint8Array((await getBulk()).gzip), { headers: { 'Content-Type': 'application/gzip' } });
