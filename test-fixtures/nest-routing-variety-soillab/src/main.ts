import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { RequestMethod, ValidationPipe, VersioningType } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { rawBody: true });
  // the load balancer probes /health; the LIMS posts to /v1/webhooks/...: neither goes through /api
  app.setGlobalPrefix('api', { exclude: [{ path: 'health', method: RequestMethod.GET }, 'webhooks/(.*)'] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  // ok: cors-wildcard
  app.enableCors({ origin: ['https://app.soillab.example.com'], credentials: true });
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
