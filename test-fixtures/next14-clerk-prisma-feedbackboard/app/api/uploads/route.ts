import { NextResponse } from 'next/server';
import { put } from '@vercel/blob';
import { prisma } from '@/lib/prisma';
import { requireOrg, toResponse } from '@/lib/auth';

// expect: missing-rate-limit
export async function POST(req: Request) {
  try {
    const { orgId } = requireOrg();
    // expect: unrestricted-upload
    const form = await req.formData();
    const file = form.get('file') as File | null;
    const postId = String(form.get('postId') ?? '');
    if (!file) return NextResponse.json({ error: 'file required' }, { status: 400 });
    // ok: unscoped-tenant-query
    const post = await prisma.post.findFirst({ where: { id: postId, orgId } });
    if (!post) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    const blob = await put(`${orgId}/${post.id}/${file.name}`, file, { access: 'public' });
    const attachment = await prisma.attachment.create({ data: { orgId, postId: post.id, url: blob.url } });
    return NextResponse.json(attachment, { status: 201 });
  } catch (err) {
    return toResponse(err);
  }
}
