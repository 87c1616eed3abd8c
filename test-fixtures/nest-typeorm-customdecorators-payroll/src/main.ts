import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  // ok: cors-wildcard
  app.enableCors({ origin: (process.env.WEB_ORIGINS ?? '').split(','), credentials: true });
  await app.listen(Number(process.env.PORT ?? 3000));
}
bootstrap();
