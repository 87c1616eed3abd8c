import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AppModule } from './app.module';
import { BearerGuard } from './auth/bearer.guard';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    // the crew app's origins, from the environment
    // ok: cors-wildcard
    cors: { origin: (process.env.CREW_APP_ORIGINS ?? '').split(','), credentials: true },
  });
  app.useGlobalGuards(new BearerGuard(app.get(JwtService)));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
