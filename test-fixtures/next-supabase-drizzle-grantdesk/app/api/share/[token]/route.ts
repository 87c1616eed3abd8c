import { eq } from 'drizzle-orm';
import { jwtVerify } from 'jose';
import { applications, db } from '@/lib/db';

// expect: insecure-jwt
const shareKey = new TextEncoder().encode(process.env.SHARE_LINK_SECRET ?? 'grantdesk-share-links');

type Params = { params: Promise<{ token: string }> };

// read-only link a grant manager sends to an external panelist
// ok: missing-auth
export async function GET(_request: Request, { params }: Params) {
  const { token } = await params;
  let applicationId: string;
  try {
    const { payload } = await jwtVerify(token, shareKey, { algorithms: ['HS256'] });
    applicationId = payload.sub as string;
  } catch {
    return Response.json({ error: 'Link expired' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const application = await db.query.applications.findFirst({
    where: eq(applications.id, applicationId),
    columns: { applicantName: true, narrative: true, submittedAt: true },
  });
  if (!application) return Response.json({ error: 'Not found' }, { status: 404 });
  return Response.json(application);
}
