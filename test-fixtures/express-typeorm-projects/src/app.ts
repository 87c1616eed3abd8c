import 'reflect-metadata';
import express from 'express';
import helmet from 'helmet';
import projectRoutes from './routes/project.routes';

const app = express();
app.use(helmet());
app.use(express.json());
app.use('/api/projects', projectRoutes);
export default app;
