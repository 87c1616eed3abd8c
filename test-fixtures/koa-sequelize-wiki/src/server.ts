import Koa from "koa";
import mount from "koa-mount";
import admin from "./admin";
import createApi from "./api";
import { deviceShortcut } from "./middlewares/deviceShortcut";

const app = new Koa();

app.use(deviceShortcut());
app.use(mount("/api", createApi()));
app.use(mount("/admin", admin));

app.listen(Number(process.env.PORT ?? 3000));
