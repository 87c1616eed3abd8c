import { Clerk } from '@clerk/clerk-js';

// ok: public-env-secret
export const clerk = new Clerk(import.meta.env.VITE_CLERK_PUBLISHABLE_KEY);

export async function fetchAdminUsers() {
  return fetch('https://api.clerk.com/v1/users', {
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${import.meta.env.VITE_CLERK_SECRET_KEY}` },
  }).then((r) => r.json());
}
