import Koa from "koa";
import mount from "koa-mount";
import admin from "./admin";
import createApi from "./api";

const app = new Koa();

app.use(mount("/api", createApi()));
app.use(mount("/admin", admin));

app.listen(Number(process.env.PORT ?? 3000));
