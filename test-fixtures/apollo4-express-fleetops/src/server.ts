import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import multer from 'multer';
import rateLimit from 'express-rate-limit';
import merge from 'lodash/merge';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { typeDefs } from './typeDefs';
import { buildContext, type Context } from './context';
import { prisma, logger } from './lib';
import { verifyAccessToken } from './auth/tokens';
import { vehicleResolvers } from './resolvers/vehicles';
import { tripResolvers } from './resolvers/trips';
import { userResolvers } from './resolvers/users';
import { billingResolvers, stripeWebhook, telematicsWebhook } from './resolvers/billing';

const resolvers = merge({}, vehicleResolvers, tripResolvers, userResolvers, billingResolvers);

const app = express();
const httpServer = http.createServer(app);

const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? 'https://app.fleetops.example').split(',');
app.use(cookieParser());
// ok: cors-wildcard
app.use(cors({ origin: allowedOrigins, credentials: true }));

// REST auth for the photo upload endpoint
function requireBearer(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return res.status(401).json({ error: 'unauthorized' });
  try {
    res.locals.viewer = verifyAccessToken(header.slice(7));
    next();
  } catch {
    return res.status(401).json({ error: 'unauthorized' });
  }
}

const uploadLimiter = rateLimit({ windowMs: 60_000, limit: 20 });
// expect: unrestricted-upload
const photoUpload = multer({ dest: '/var/fleetops/uploads', limits: { fileSize: 8 * 1024 * 1024 } });

// ok: missing-auth
app.get('/healthz', (_req, res) => res.json({ ok: true }));

// ok: unverified-webhook, missing-auth
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), stripeWebhook);

// (a webhook's payload is judged by unverified-webhook, not by missing-input-validation)
// expect: unverified-webhook
app.post('/webhooks/telematics', express.json(), telematicsWebhook);

// ok: missing-auth, missing-rate-limit
app.post('/vehicles/:id/photo', requireBearer, uploadLimiter, photoUpload.single('photo'), async (req, res) => {
  const viewer = res.locals.viewer as { orgId: string };
  // ok: unscoped-tenant-query
  const vehicle = await prisma.vehicle.findFirst({ where: { id: req.params.id, orgId: viewer.orgId } });
  if (!vehicle || !req.file) return res.status(404).json({ error: 'not found' });
  await prisma.vehicle.update({ where: { id: vehicle.id }, data: { photoKey: req.file.filename } });
  res.status(201).json({ key: req.file.filename });
});

const server = new ApolloServer<Context>({
  typeDefs,
  resolvers,
  // expect: error-details-leak
  includeStacktraceInErrorResponses: true,
  plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
});

await server.start();
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server, { context: buildContext }));

httpServer.listen(Number(process.env.PORT ?? 4000), () => logger.info('fleetops api ready'));
