import { error, json } from '@sveltejs/kit';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
// expect: public-env-secret
import { PUBLIC_GITHUB_WEBHOOK_SECRET } from '$env/static/public';
import { db, recipes } from '$lib/server/db';
import type { RequestHandler } from './$types';

// Recipes can be kept as BeerXML files in a GitHub repo; pushes re-sync them.
// expect: unverified-webhook
// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async ({ request }) => {
  const raw = await request.text();
  const signature = request.headers.get('x-hub-signature-256');
  const expected = 'sha256=' + createHmac('sha256', PUBLIC_GITHUB_WEBHOOK_SECRET).update(raw).digest('hex');
  if (signature !== expected) error(401, 'Bad signature');

  if (request.headers.get('x-github-event') !== 'push') return json({ ignored: true });
  const push = JSON.parse(raw);
  for (const commit of push.commits ?? []) {
    for (const path of [...commit.added, ...commit.modified]) {
      // ok: unscoped-tenant-query
      await db.update(recipes).set({ needsSync: true }).where(eq(recipes.repoPath, path));
    }
  }
  return json({ ok: true });
};
