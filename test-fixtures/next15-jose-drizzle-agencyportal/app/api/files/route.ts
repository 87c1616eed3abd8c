import { NextResponse, type NextRequest } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { files } from '@/db/schema';

// Used by the file browser on the project page.
// expect: missing-auth
export async function GET(req: NextRequest) {
  const projectId = Number(req.nextUrl.searchParams.get('projectId'));
  if (!projectId) {
    return NextResponse.json({ error: 'projectId is required' }, { status: 400 });
  }
  const rows = await db
    .select({ id: files.id, name: files.name, url: files.url, sizeBytes: files.sizeBytes })
    .from(files)
    .where(eq(files.projectId, projectId))
    .orderBy(desc(files.uploadedAt));
  return NextResponse.json(rows);
}
