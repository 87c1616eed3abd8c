import { buildApp } from './app';
import { buildPortal } from './portal';
import { knex } from './db';

async function main() {
  const app = await buildApp();
  const portal = await buildPortal();

  await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 3000) });
  await portal.listen({ host: '0.0.0.0', port: Number(process.env.PORTAL_PORT ?? 3001) });

  const shutdown = async (signal: NodeJS.Signals) => {
    app.log.info({ signal }, 'shutting down');
    await Promise.all([app.close(), portal.close()]);
    await knex.destroy();
    process.exit(0);
  };

  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
