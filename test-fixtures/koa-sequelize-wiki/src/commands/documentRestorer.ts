import type { Context } from "koa";
import type { Document } from "../models";
import { authorize } from "../policies";
import { traceCommand } from "../tracing";

type Props = { document: Document; revisionId?: string };

/** Restores a deleted document, or rolls a live one back; authorizes the caller either way. */
async function documentRestorer(ctx: Context, { document, revisionId }: Props): Promise<Document> {
  const { user } = ctx.state.auth;
  if (document.get("deletedAt")) {
    authorize(user, "restore", document);
    await document.restore();
  } else if (revisionId) {
    authorize(user, "update", document);
    await document.update({ revisionId });
  } else {
    throw new Error("revisionId is required");
  }
  return document;
}

export default traceCommand({ spanName: "documentRestorer" })(documentRestorer);
