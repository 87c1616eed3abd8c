import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = () => json({ status: 'ok' });
