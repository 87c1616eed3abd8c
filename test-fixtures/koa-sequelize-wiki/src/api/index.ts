import Koa from "koa";
import bodyParser from "koa-body";
import Router from "koa-router";
import auth from "../middlewares/authentication";
import workspaceRoutes from "./workspace";
import documents from "./documents";
import shares from "./shares";

const createRouters = () => {
  const router = new Router();
  router.use("/", documents.routes());
  router.use("/", shares.routes());

  // everything registered after this line needs a signed-in user
  const authenticated = new Router();
  authenticated.use(auth());
  workspaceRoutes(authenticated, { pageSize: 50 });

  return [router, authenticated];
};

/** The JSON API as its own Koa app (server.ts mounts it at /api). */
export default function createApi(): Koa {
  const api = new Koa();
  api.use(bodyParser({ jsonLimit: "1mb" }));
  for (const router of createRouters()) {
    api.use(router.routes()).use(router.allowedMethods());
  }
  return api;
}
