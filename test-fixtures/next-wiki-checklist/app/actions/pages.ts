'use server';

import { randomBytes } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

const pageIdSchema = z.string().cuid();

const createPageSchema = z.object({
  title: z.string().trim().min(1).max(200),
  parentId: pageIdSchema.optional(),
});

const renameSchema = z.object({
  pageId: pageIdSchema,
  title: z.string().trim().min(1).max(200),
});

const notionImportSchema = z.object({
  notionToken: z.string().regex(/^(secret_|ntn_)[A-Za-z0-9]+$/),
  pageIds: z.array(z.string().regex(/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i)).min(1).max(50),
});

const notionPageSchema = z.object({
  properties: z.record(
    z.object({
      type: z.string(),
      title: z.array(z.object({ plain_text: z.string() })).optional(),
    }),
  ),
});

function slugify(title: string) {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'page'}-${randomBytes(3).toString('hex')}`;
}

function notionTitle(raw: unknown): string {
  const parsed = notionPageSchema.safeParse(raw);
  if (!parsed.success) return 'Untitled';
  const titleProperty = Object.values(parsed.data.properties).find((property) => property.type === 'title');
  const text = titleProperty?.title?.map((part) => part.plain_text).join('').trim();
  return text ? text.slice(0, 200) : 'Untitled';
}

async function requireEditor() {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');
  if (session.user.role === 'viewer') throw new Error('Forbidden');
  return session.user;
}

// ok: missing-auth
// ok: missing-input-validation
export async function createPage(formData: FormData) {
  const session = await auth();
  if (!session?.user) redirect('/login');
  if (session.user.role === 'viewer') throw new Error('Forbidden');

  const data = createPageSchema.parse({
    title: formData.get('title'),
    parentId: formData.get('parentId') || undefined,
  });

  if (data.parentId) {
    // ok: unscoped-tenant-query
    const parent = await db.page.findFirst({ where: { id: data.parentId, teamId: session.user.teamId }, select: { id: true } });
    if (!parent) throw new Error('Parent page not found');
  }

  const page = await db.page.create({
    data: {
      title: data.title,
      slug: slugify(data.title),
      parentId: data.parentId,
      teamId: session.user.teamId,
      authorId: session.user.id,
    },
  });

  revalidatePath('/dashboard');
  redirect(`/dashboard/pages/${page.id}`);
}

// Inline title editing in the sidebar tree.
// expect: missing-auth
export async function renamePage(pageId: string, title: string) {
  const data = renameSchema.parse({ pageId, title });
  await db.page.update({ where: { id: data.pageId }, data: { title: data.title } });
  revalidatePath('/dashboard');
}

// ok: missing-auth
export async function archivePage(pageId: string) {
  await requireEditor();
  const id = pageIdSchema.parse(pageId);

  // expect: unscoped-tenant-query
  await db.page.update({ where: { id }, data: { archived: true, archivedAt: new Date() } });
  revalidatePath('/dashboard');
}

// ok: missing-auth
export async function restorePage(pageId: string) {
  const user = await requireEditor();
  const id = pageIdSchema.parse(pageId);

  // ok: unscoped-tenant-query
  const { count } = await db.page.updateMany({ where: { id, teamId: user.teamId }, data: { archived: false, archivedAt: null } });
  if (count === 0) throw new Error('Page not found');
  revalidatePath('/dashboard');
}

// v1 importer: pulls page titles only; body sync happens in the background worker.
// ok: missing-auth
// ok: missing-input-validation
export async function importFromNotion(input: { notionToken: string; pageIds: string[] }) {
  const user = await requireEditor();
  const { notionToken, pageIds } = notionImportSchema.parse(input);

  let imported = 0;
  for (const notionId of pageIds) {
    const res = await fetch(`https://api.notion.com/v1/pages/${notionId}`, {
      headers: { Authorization: `Bearer ${notionToken}`, 'Notion-Version': '2022-06-28' },
      cache: 'no-store',
    });
    if (!res.ok) continue;

    const title = notionTitle(await res.json());
    await db.page.create({
      data: {
        title,
        slug: slugify(title),
        teamId: user.teamId,
        authorId: user.id,
        importedFrom: `notion:${notionId}`,
      },
    });
    imported += 1;
  }

  revalidatePath('/dashboard');
  return { imported };
}
