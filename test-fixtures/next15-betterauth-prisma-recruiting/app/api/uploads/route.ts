import { NextResponse } from 'next/server';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { requireOrgSession } from '@/lib/session';
import { prisma } from '@/lib/prisma';

const MAX_BYTES = 8 * 1024 * 1024;

// resumes dropped onto a candidate's profile
// (the stored key keeps the client's file name: written as data)
// expect: missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const { organizationId } = await requireOrgSession();
  try {
    // expect: unrestricted-upload
    const form = await request.formData();
    const candidateId = String(form.get('candidateId') ?? '');
    const file = form.get('resume') as File | null;
    if (!file || file.size > MAX_BYTES) return NextResponse.json({ error: 'Resume missing or too large' }, { status: 400 });
    // ok: unscoped-tenant-query
    const candidate = await prisma.candidate.findFirst({ where: { id: candidateId, organizationId } });
    if (!candidate) return NextResponse.json({ error: 'Candidate not found' }, { status: 404 });
    const dir = path.join(process.cwd(), 'uploads', organizationId);
    await mkdir(dir, { recursive: true });
    const key = `${randomUUID()}-${file.name}`;
    await writeFile(path.join(dir, key), Buffer.from(await file.arrayBuffer()));
    await prisma.candidate.update({ where: { id: candidate.id }, data: { resumeKey: key } });
    return NextResponse.json({ key }, { status: 201 });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: 'Upload failed', detail: (err as Error).stack }, { status: 500 });
  }
}
