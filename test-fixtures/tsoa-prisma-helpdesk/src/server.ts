import express from 'express';
import { RegisterRoutes } from '../build/routes';

const app = express();
app.use(express.json({ limit: '1mb' }));
RegisterRoutes(app);

app.listen(Number(process.env.PORT ?? 3000));
