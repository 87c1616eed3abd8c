import { NextResponse } from 'next/server';
import { writeFile } from 'fs/promises';
import path from 'path';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

// roomId and the file name come straight from the form
// expect: missing-rate-limit, missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  // expect: unrestricted-upload
  const form = await req.formData();
  const file = form.get('file') as File;
  const roomId = form.get('roomId') as string;
  const bytes = Buffer.from(await file.arrayBuffer());
  const dest = path.join(process.cwd(), 'public', 'floorplans', file.name);
  await writeFile(dest, bytes);

  // ok: unscoped-tenant-query
  await prisma.room.updateMany({ where: { id: roomId, workspaceId: session.user.workspaceId }, data: { floorplan: `/floorplans/${file.name}` } });
  return NextResponse.json({ url: `/floorplans/${file.name}` });
}
