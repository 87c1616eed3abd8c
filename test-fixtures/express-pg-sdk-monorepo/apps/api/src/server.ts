import express from 'express';
import { requireAuth } from './middleware/requireAuth';
import { HealthRoutes } from './routes/health';
import { PlotRoutes } from './routes/plots';
import { ExportRoutes } from './routes/exports';

const app = express();
app.use(express.json());

new HealthRoutes(app).register();
new ExportRoutes(app).register();

const api = express.Router();
api.use(requireAuth);
new PlotRoutes(api).register();
app.use('/api', api);

app.listen(Number(process.env.PORT ?? 4000));
