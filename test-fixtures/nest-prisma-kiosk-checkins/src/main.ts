import { ValidationPipe } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { AppModule } from './app.module';
import { KioskDeviceGuard } from './auth/kiosk-device.guard';
import { PrismaService } from './prisma/prisma.service';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  app.useGlobalGuards(new KioskDeviceGuard(app.get(Reflector), app.get(PrismaService)));
  await app.listen(Number(process.env.PORT ?? 3000));
}

void bootstrap();
