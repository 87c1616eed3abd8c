import express from 'express';
import { serve } from 'inngest/express';
import { inngest, buildHarvestExport } from './jobs/inngest';
import { requireAuth } from './middleware/requireAuth';
import { HealthRoutes } from './routes/health';
import { PlotRoutes } from './routes/plots';
import { ExportRoutes } from './routes/exports';

const app = express();
app.use(express.json());

new HealthRoutes(app).register();
// the job platform's endpoint: every call is signed with the app's signing key, which serve() checks
// ok: missing-auth
app.use('/api/inngest', serve({ client: inngest, functions: [buildHarvestExport] }));
new ExportRoutes(app).register();

const api = express.Router();
api.use(requireAuth);
new PlotRoutes(api).register();
app.use('/api', api);

app.listen(Number(process.env.PORT ?? 4000));
