import { data, redirect, useLoaderData } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/note';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';

// ok: missing-auth
export async function loader({ request, params }: Route.LoaderArgs) {
  const staff = await requireUser(request);
  // ok: unscoped-tenant-query
  const note = await prisma.treatmentNote.findFirst({
    where: { id: params.noteId, patientId: params.patientId, clinicId: staff.clinicId },
    include: { author: { select: { name: true } } },
  });
  if (!note) throw new Response('Not found', { status: 404 });
  return { note };
}

const NoteEdit = z.object({
  body: z.string().min(1).max(10_000),
  painScore: z.coerce.number().int().min(0).max(10).optional(),
});

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: Route.ActionArgs) {
  const staff = await requireUser(request);
  const form = await request.formData();
  if (form.get('intent') === 'delete') {
    // The delete button skips the clinic check the edit path below has.
    // expect: unscoped-tenant-query
    await prisma.treatmentNote.delete({ where: { id: params.noteId } });
    return redirect(`/portal/patients/${params.patientId}`);
  }
  const parsed = NoteEdit.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  // ok: unscoped-tenant-query
  const { count } = await prisma.treatmentNote.updateMany({
    where: { id: params.noteId, clinicId: staff.clinicId, authorId: staff.id },
    data: parsed.data,
  });
  if (count === 0) throw new Response('Not found', { status: 404 });
  return { saved: true };
}

export default function NotePage() {
  const { note } = useLoaderData<typeof loader>();
  return <article><p>{note.body}</p><footer>{note.author.name}</footer></article>;
}
