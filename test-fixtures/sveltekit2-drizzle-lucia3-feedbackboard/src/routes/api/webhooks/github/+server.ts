import { error, json } from '@sveltejs/kit';
import { createHmac } from 'node:crypto';
import { generateIdFromEntropySize } from 'lucia';
import { eq } from 'drizzle-orm';
import { changelogEntries, db, workspaces } from '$lib/server/db';
import type { RequestHandler } from './$types';

// expect: hardcoded-secret
const GITHUB_WEBHOOK_SECRET = 'b7e3f9a2c4d81e6f0a5b9c3d7e2f4a8b';

// expect: unverified-webhook
export const POST: RequestHandler = async ({ request, url }) => {
  const raw = await request.text();
  const expected = 'sha256=' + createHmac('sha256', GITHUB_WEBHOOK_SECRET).update(raw).digest('hex');
  if (request.headers.get('x-hub-signature-256') !== expected) error(401, 'Bad signature');

  const payload = JSON.parse(raw);
  if (request.headers.get('x-github-event') === 'release' && payload.action === 'published') {
    const [ws] = await db.select().from(workspaces).where(eq(workspaces.slug, url.searchParams.get('workspace') ?? ''));
    if (ws) {
      await db.insert(changelogEntries).values({
        id: generateIdFromEntropySize(10),
        workspaceId: ws.id,
        title: payload.release.name,
        commitSha: payload.release.target_commitish,
        publishedAt: new Date(),
      });
    }
  }
  return json({ ok: true });
};
