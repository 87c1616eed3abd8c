import type { PageServerLoad } from './$types';

export const prerender = true;

const PLANS = [
  { id: 'free', rooms: 1, price: 0 },
  { id: 'studio', rooms: 5, price: 29 },
  { id: 'multi', rooms: 50, price: 99 },
];

// ok: missing-auth
export const load: PageServerLoad = () => ({ plans: PLANS });
