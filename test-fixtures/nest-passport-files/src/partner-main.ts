import { NestFactory } from '@nestjs/core';
import { PartnerModule } from './partner.module';
import { ProdExceptionsFilter } from './common/prod-exceptions.filter';

// Second entry point: the partner API runs as its own process behind partner.vault.example.com.
async function bootstrap() {
  const app = await NestFactory.create(PartnerModule);
  app.useGlobalFilters(new ProdExceptionsFilter());
  // expect: cors-wildcard
  app.enableCors({ origin: true, credentials: true });
  await app.listen(process.env.PARTNER_PORT ?? 3001);
}
bootstrap();
