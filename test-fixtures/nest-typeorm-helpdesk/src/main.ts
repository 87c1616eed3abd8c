import { VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  // the load balancer probes /v1/health, outside the API prefix
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.enableVersioning({ type: VersioningType.URI });
  const mail = {
    host: 'smtp.deskly.example',
    // expect: hardcoded-secret
    url: 'smtps://notifications:Tr0ub4dor-and-3@smtp.deskly.example:465',
    // ok: hardcoded-secret
    password: process.env.SMTP_PASSWORD,
  };
  app.useLogger(['error', 'warn']);
  void mail;
  await app.listen(3000);
}
bootstrap();
