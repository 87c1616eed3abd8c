import { Document, Share } from "../models";
import { WikiError } from "../errors";

/**
 * A published share link is readable by anyone who holds it: the share is found by its id among the
 * published, unrevoked ones, and the document it points at comes with it.
 */
export async function loadPublishedShare({ id }: { id: string }) {
  const share = await Share.findOne({ where: { id, published: true, revokedAt: null } });
  if (!share) {
    throw new WikiError({ code: "not_found", status: 404 });
  }
  const document = await Document.findByPk(share.documentId, { rejectOnEmpty: true });
  return { share, document };
}

/** Throws a 400 naming the first field that is missing; hands the fields back as they were sent. */
export async function requireFields<T extends Record<string, string | undefined>>(fields: T) {
  for (const [name, value] of Object.entries(fields)) {
    if (!value) {
      throw new WikiError({ code: `${name}_required`, status: 400 });
    }
  }
  return fields as { [K in keyof T]: string };
}
