import { createServer } from './server';

async function main() {
  const server = await createServer();
  await server.start();
  console.log(`clinicportal listening on ${server.info.uri}`);
}

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

main();
