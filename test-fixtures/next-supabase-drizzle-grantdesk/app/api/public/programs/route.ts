import { eq } from 'drizzle-orm';
import { db, fundingPrograms } from '@/lib/db';

// published programs for the marketing site and funders' embeds
// ok: missing-auth
export async function GET() {
  const rows = await db
    .select({ id: fundingPrograms.id, title: fundingPrograms.title, summary: fundingPrograms.summary })
    .from(fundingPrograms)
    .where(eq(fundingPrograms.published, true));
  return Response.json(rows, { headers: { 'Cache-Control': 's-maxage=300' } });
}
