import { and, eq } from 'drizzle-orm';
import type { Route } from './+types/api.sites';
import { db, schema } from '../db/client.server';
import { requireUser } from '../auth.server';

// archive / restore buttons of the sites list (fetcher.submit)
// the 'restore' intent runs without the auth check the 'archive' branch makes: each intent is judged by the checks on its own path
// expect: missing-auth
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const intent = form.get('intent');
  const siteId = String(form.get('siteId'));
  if (intent === 'archive') {
    const user = await requireUser(request);
    // ok: unscoped-tenant-query
    await db
      .update(schema.sites)
      .set({ archived: true })
      .where(and(eq(schema.sites.id, siteId), eq(schema.sites.orgId, user.orgId)));
    return { ok: true };
  }
  if (intent === 'restore') {
    // (anyone can restore any site: missing-auth above says it; unscoped-tenant-query judges signed-in routes only)
    await db.update(schema.sites).set({ archived: false }).where(eq(schema.sites.id, siteId));
    return { ok: true };
  }
  throw new Response('Unknown intent', { status: 400 });
}
