import { AppDataSource } from './data-source';
import { buildApp } from './app';

AppDataSource.initialize().then(async () => {
  const app = buildApp();
  await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
});
