import express from 'express';
import { stats } from './routes/stats';

const app = express();
app.use(express.json());
app.use('/api/stats', stats);

app.listen(Number(process.env.PORT ?? 3000));
