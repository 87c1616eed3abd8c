import { ValidationPipe } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { AppModule } from './app.module';
import { KioskDeviceGuard } from './auth/kiosk-device.guard';
import { PrismaService } from './prisma/prisma.service';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));

  const isProduction = process.env.GYMDESK_PRODUCTION === 'true';
  if (isProduction) {
    app.enableCors({ origin: (process.env.WEB_ORIGINS ?? '').split(','), credentials: true });
  } else {
    // the local front-desk app runs on whatever port vite picked
    // ok: cors-wildcard
    app.enableCors({ origin: true, credentials: true });
  }
  app.useGlobalGuards(new KioskDeviceGuard(app.get(Reflector), app.get(PrismaService)));
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
