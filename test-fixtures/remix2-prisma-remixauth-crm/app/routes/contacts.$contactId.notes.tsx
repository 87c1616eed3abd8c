import { json, type ActionFunctionArgs } from '@remix-run/node';
import { z } from 'zod';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

const NoteInput = z.object({ intent: z.enum(['add', 'edit']), noteId: z.string().optional(), body: z.string().min(1).max(5000) });

// ok: missing-auth, missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const input = NoteInput.parse(Object.fromEntries(await request.formData()));
  if (input.intent === 'add') {
    // ok: unscoped-tenant-query
    const contact = await prisma.contact.findFirst({ where: { id: params.contactId, accountId: user.accountId }, select: { id: true } });
    if (!contact) throw new Response('Not found', { status: 404 });
    const note = await prisma.note.create({ data: { contactId: contact.id, authorId: user.id, body: input.body } });
    return json({ note });
  }
  // anyone can rewrite anyone's note by id
  // expect: unscoped-tenant-query
  const note = await prisma.note.update({ where: { id: input.noteId }, data: { body: input.body } });
  return json({ note });
}
