import fastifyCookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

const allowedOrigins = (process.env.PORTAL_ORIGINS ?? 'http://localhost:5173')
  .split(',')
  .map((o) => o.trim());

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ trustProxy: true, bodyLimit: 2 * 1024 * 1024 }),
    { rawBody: true },
  );

  await app.register(fastifyCookie, { secret: process.env.COOKIE_SECRET });
  // expect: unrestricted-upload
  await app.register(multipart);

  app.enableCors({
    // ok: cors-wildcard
    origin: allowedOrigins,
    credentials: true,
  });

  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, transform: true, forbidUnknownValues: true }),
  );
  app.setGlobalPrefix('api');

  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, '0.0.0.0');
  Logger.log(`maintenance portal listening on ${port}`, 'Bootstrap');
}

void bootstrap();
