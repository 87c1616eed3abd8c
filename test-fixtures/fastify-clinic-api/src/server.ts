import Fastify from 'fastify';
import cors from '@fastify/cors';
import jwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import authPlugin from './plugins/auth';
import authRoutes from './routes/auth';
import publicRoutes from './routes/public';
import patientRoutes from './routes/patients';
import appointmentRoutes from './routes/appointments';
import adminRoutes from './routes/admin';
import webhookRoutes from './routes/webhooks';

const app = Fastify({ logger: true });

app.register(cors, {
  // expect: cors-wildcard
  origin: true,
  credentials: true,
});
app.register(rateLimit, { global: false });
// expect: unrestricted-upload
app.register(multipart);
app.register(jwt, { secret: process.env.JWT_SECRET! });
app.register(authPlugin);

app.register(authRoutes, { prefix: '/auth' });
app.register(publicRoutes);
app.register(patientRoutes, { prefix: '/api/patients' });
app.register(appointmentRoutes, { prefix: '/api/appointments' });
app.register(adminRoutes, { prefix: '/api/admin' });
app.register(webhookRoutes);

app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' }).catch((err) => {
  app.log.error(err);
  process.exit(1);
});
