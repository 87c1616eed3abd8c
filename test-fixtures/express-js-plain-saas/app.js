import 'dotenv/config';
import express from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import fileUpload from 'express-fileupload';
import auth from './middleware/auth.js';
import sessionRoutes from './routes/session.js';
import customerRoutes from './routes/customers.js';
import invoicesRouter from './routes/invoices.js';
import adminRouter from './routes/admin.js';
import brandingRouter from './routes/branding.js';
import publicRoutes from './routes/public.js';
import mobileRoutes from './routes/mobile.js';
import errorHandler from './middleware/errors.js';

const app = express();

app.use(cors({
  // expect: cors-wildcard
  origin: true,
  credentials: true,
}));
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
// expect: unrestricted-upload
app.use(fileUpload());
app.use(express.static('public'));

app.use((req, res, next) => {
  // expect: token-logging
  console.log(new Date().toISOString(), req.method, req.originalUrl, req.headers);
  next();
});

publicRoutes(app);
sessionRoutes(app);
customerRoutes(app);
mobileRoutes(app);
app.use('/api/invoices', auth, invoicesRouter);
app.use('/api/admin', auth, adminRouter);
app.use('/api/branding', auth, brandingRouter);

app.use(errorHandler);

const port = process.env.PORT || 4000;
app.listen(port, () => console.log(`billboard listening on ${port}`));
