import type Router from "koa-router";
import { assertCollectionAccess } from "@wiki/permissions";
import { auditTrail } from "../middlewares/auditTrail";
import { Collection, Document } from "../models";
import { workspacePaths } from "./paths";

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

  // the shared permissions package throws unless the caller's team owns the collection
  // ok: missing-auth
  router.get("/collections/:id/pinned", async (ctx) => {
    const { user } = ctx.state.auth;
    await assertCollectionAccess(user, ctx.params.id);
    // ok: unscoped-tenant-query
    const documents = await Document.findAll({ where: { collectionId: ctx.params.id, pinned: true }, limit: 10 });
    ctx.body = { data: documents };
  });

  // ok: missing-auth
  router.get("/collections/:id/recent", async (ctx) => {
    // expect: unscoped-tenant-query
    const documents = await Document.findAll({ where: { collectionId: ctx.params.id }, order: [["updatedAt", "DESC"]], limit: 10 });
    ctx.body = { data: documents };
  });

  // `use()` returns the router: routes registered on its result keep the router's chain
  const audited = router.use(auditTrail());

  // ok: missing-auth
  audited.get(workspacePaths.activity, async (ctx) => {
    const { user } = ctx.state.auth;
    // ok: unscoped-tenant-query
    const documents = await Document.findAll({ where: { teamId: user.teamId }, order: [["updatedAt", "DESC"]], limit: 20 });
    ctx.body = { data: documents };
  });
}
