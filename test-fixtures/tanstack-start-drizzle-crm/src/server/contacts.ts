import { createServerFn } from '@tanstack/react-start';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../db';
import { contacts, deals } from '../db/schema';
import { authMiddleware } from '../middleware/auth';

const ContactInput = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
});

// ok: missing-auth, unscoped-tenant-query
export const listContacts = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    return db.select().from(contacts).where(eq(contacts.organizationId, context.organizationId)).orderBy(desc(contacts.name));
  });

// ok: missing-auth
export const getContact = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ contactId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const contact = await db.query.contacts.findFirst({
      where: and(eq(contacts.id, data.contactId), eq(contacts.organizationId, context.organizationId)),
    });
    if (!contact) throw new Error('Not found');
    return contact;
  });

// the deal drawer: loads a deal by id, forgetting the workspace
// ok: missing-auth
export const getDeal = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ dealId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    return db.query.deals.findFirst({ where: eq(deals.id, data.dealId) });
  });

// ok: missing-auth, missing-input-validation
export const createContact = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(ContactInput)
  .handler(async ({ data, context }) => {
    const [row] = await db
      .insert(contacts)
      .values({ ...data, organizationId: context.organizationId, ownerId: context.user.id })
      .returning();
    return row;
  });

// a type annotation is not a check: the client posts any shape
// expect: missing-input-validation
export const renameContact = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator((input: { contactId: string; name: string }) => input)
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db
      .update(contacts)
      .set({ name: data.name })
      .where(and(eq(contacts.id, data.contactId), eq(contacts.organizationId, context.organizationId)));
    return { ok: true };
  });

// written in a hurry for the import wizard: no middleware at all
// expect: missing-auth
export const deleteContact = createServerFn({ method: 'POST' })
  .inputValidator(z.object({ contactId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // (missing-auth reports the route: the query is unscoped because nobody is signed in)
    // ok: unscoped-tenant-query
    await db.delete(contacts).where(eq(contacts.id, data.contactId));
    return { ok: true };
  });
