import { parseRequest } from '@/lib/request';
import { json } from '@/lib/response';
import { getSiteEvents } from '@/queries/sites';

// the events of any site, for anyone signed in: the check its siblings make is missing (Event has no
// tenant key of its own: routeguard.config.json names it in tenantModels)
export async function GET(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { error } = await parseRequest(request);
  if (error) return error();
  const { siteId } = await params;
  return json(await getSiteEvents(siteId));
}
