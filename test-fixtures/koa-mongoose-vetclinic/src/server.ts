import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import mongoose from 'mongoose';
import { petsRouter } from './routes/pets';
import { visitsRouter } from './routes/visits';

const app = new Koa();
// signs the cookies Koa sets with { signed: true }
// expect: hardcoded-secret
app.keys = ['pawprint-cookie-key-v2', 'pawprint-cookie-key-v1'];
app.use(bodyParser());
app.use(petsRouter.routes()).use(petsRouter.allowedMethods());
app.use(visitsRouter.routes()).use(visitsRouter.allowedMethods());

await mongoose.connect(process.env.MONGO_URL as string);
app.listen(Number(process.env.PORT ?? 4000));
