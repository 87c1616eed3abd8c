import { parseRequest } from '@/lib/request';
import { ok, unauthorized } from '@/lib/response';
import { canUpdateSite } from '@/permissions';
import { resetSite } from '@/queries/sites';

// clears a site's collected events (not a password reset)
// ok: missing-rate-limit
export async function POST(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { auth, error } = await parseRequest(request);
  if (error) return error();
  const { siteId } = await params;
  if (!(await canUpdateSite(auth, siteId))) {
    return unauthorized();
  }
  await resetSite(siteId);
  return ok();
}
