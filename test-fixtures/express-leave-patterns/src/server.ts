import { app } from './app';
import { prisma } from './lib/prisma';

const port = Number(process.env.PORT ?? 3000);

const server = app.listen(port, () => {
  // ok: token-logging
  console.log(`leave-api listening on :${port}`);
});

function shutdown(): void {
  server.close(() => {
    void prisma.$disconnect().finally(() => process.exit(0));
  });
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
