import { json } from '@sveltejs/kit';

// ok: missing-auth
export const GET = () => json([{ id: 'starter', seats: 3 }, { id: 'team', seats: 20 }]);
