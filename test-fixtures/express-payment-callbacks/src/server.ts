import express from 'express';
import { stripeRouter } from './routes/stripe';
import { paypalRouter } from './routes/paypal';
import { billingRouter } from './routes/billing';
import { storefrontRouter } from './routes/storefront';

const app = express();

app.use('/stripe', stripeRouter);
app.use('/paypal', paypalRouter);
app.use('/api/billing', billingRouter);
app.use('/api', express.json(), storefrontRouter);

app.listen(Number(process.env.PORT ?? 8080));
