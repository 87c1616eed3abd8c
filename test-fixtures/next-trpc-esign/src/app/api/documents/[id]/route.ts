import { NextResponse } from 'next/server';
import { getSession } from '../../../../server/auth';
import { prisma } from '../../../../server/db';

// The share preview: signed-in users are sent to the editor, so the check below only
// keeps them out; anyone else reads the document by id.
// expect: missing-auth
export async function GET(req: Request, { params }: { params: { id: string } }) {
  const session = await getSession();
  if (session) {
    return NextResponse.redirect(new URL(`/documents/${params.id}/edit`, req.url));
  }
  // ok: unscoped-tenant-query
  const doc = await prisma.document.findUnique({ where: { id: params.id }, select: { id: true, title: true, status: true } });
  if (!doc) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(doc);
}
