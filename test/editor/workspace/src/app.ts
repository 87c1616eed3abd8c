// @ts-nocheck -- the editor test runs without node_modules
import express from 'express';
import { invoices } from './routes/invoices';
import { reports } from './routes/reports';

const app = express();
app.use('/api/invoices', invoices);
app.use('/api/reports', reports);
app.listen(3000);
