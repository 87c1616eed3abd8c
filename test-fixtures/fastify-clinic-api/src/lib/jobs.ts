import { Queue } from 'bullmq';

// Lab results are large PDFs: a worker fetches and files them.
export const labResultsQueue = new Queue('lab-results', { connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 } });
