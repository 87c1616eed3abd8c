import express from 'express';
import { recipes } from './routes/recipes.js';

const app = express();
app.use(express.json());
app.use('/api', recipes);
app.listen(3000);
