import Koa from "koa";
import bodyParser from "koa-body";
import Router from "koa-router";
import auth from "../middlewares/authentication";
import collectionRoutes from "./collections";
import documents from "./documents";

const api = new Koa();
const router = new Router();

router.use("/", documents.routes());

// everything registered after this line needs a signed-in user
const authenticated = new Router();
authenticated.use(auth());
collectionRoutes(authenticated, { pageSize: 50 });

api.use(bodyParser({ jsonLimit: "1mb" }));
api.use(router.routes());
api.use(authenticated.routes());

export default api;
