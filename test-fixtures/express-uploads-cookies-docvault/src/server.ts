import mongoose from 'mongoose';
import { app } from './app.js';
import { config } from './config.js';

await mongoose.connect(config.mongoUrl);
app.listen(config.port, () => console.log(`docvault listening on ${config.port}`));
