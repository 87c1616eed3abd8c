import type Router from "koa-router";
import { Collection, Document } from "../models";

export type RouterInitArgs = [router: Router, deps: { pageSize: number }];

/** Registered on the authenticated router by api/index.ts. */
export default function collectionRoutes(...[router, { pageSize }]: RouterInitArgs) {
  // ok: missing-auth
  router.get("/collections", async (ctx) => {
    const { user } = ctx.state.auth;
    // ok: unscoped-tenant-query
    const collections = await Collection.findAll({ where: { teamId: user.teamId }, limit: pageSize });
    ctx.body = { data: collections };
  });

  // ok: missing-auth
  router.get("/collections/:id/documents", async (ctx) => {
    const { user } = ctx.state.auth;
    // ok: unscoped-tenant-query
    const documents = await Document.findAll({ where: { collectionId: ctx.params.id, teamId: user.teamId } });
    ctx.body = { data: documents };
  });
}
