import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  const logger = new Logger('HTTP');

  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.enableCors({ origin: process.env.CORS_ORIGINS?.split(',') ?? false });

  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = Date.now();
    res.on('finish', () => {
      // ok: token-logging
      logger.log(`${req.method} ${req.originalUrl} ${res.statusCode} - ${Date.now() - started}ms`);
    });
    // expect: token-logging
    logger.verbose(`--> ${req.method} ${req.originalUrl} authorization=${req.headers.authorization}`);
    next();
  });

  await app.listen(process.env.PORT ?? 3000);
}

bootstrap();
