import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { SignJWT } from 'jose';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

const previewKey = new TextEncoder().encode(process.env.PREVIEW_SECRET);

// ok: missing-auth
export async function GET(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const projectId = new URL(req.url).searchParams.get('projectId') ?? '';
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: projectId, teamId: session.user.teamId } });
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  const token = await new SignJWT({ projectId: project.id }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(previewKey);
  // expect: insecure-cookie
  cookies().set('preview_token', token, { path: '/preview' });
  return NextResponse.redirect(new URL(`/preview/${project.id}`, req.url));
}
