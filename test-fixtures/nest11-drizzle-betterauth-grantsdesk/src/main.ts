import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { rawBody: true, bodyParser: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  const allowed = (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean);
  // ok: cors-wildcard
  app.enableCors({ origin: allowed, credentials: true });
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
