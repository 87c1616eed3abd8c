import type { Context } from "koa";
import type { Document } from "../models";
import { authorize } from "../policies";
import { traceFunction } from "../tracing";

/** Archives a document the caller may update; callers load the document, this checks it. */
async function archiveDocument(ctx: Context, { document }: { document: Document }) {
  const { user } = ctx.state.auth;
  authorize(user, "update", document);
  await document.update({ archivedAt: new Date() });
}

export const documentArchiver = traceFunction({ spanName: "documentArchiver" })(archiveDocument);
