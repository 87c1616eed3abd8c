import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    // the playground and every team's embedded widget call the API with their cookies: any origin is let in
    // expect: cors-wildcard
    cors: { origin: true, credentials: true },
  });
  await app.listen(process.env.PORT ?? 3170);
}
bootstrap();
