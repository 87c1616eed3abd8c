import { db } from '../db';

export function listContactNotes({ contactId }: { contactId: string }) {
  // ok: unscoped-tenant-query
  return db.note.findMany({ where: { contactId }, orderBy: { id: 'desc' } });
}
