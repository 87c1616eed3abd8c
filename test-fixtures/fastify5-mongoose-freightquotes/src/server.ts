import mongoose from 'mongoose';
import { buildApp } from './app.js';

await mongoose.connect(process.env.MONGO_URL ?? 'mongodb://localhost:27017/freightquotes');
const app = await buildApp();
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
