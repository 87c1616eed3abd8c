import { Logger, AxiomJSTransport } from '@axiomhq/logging';
import { createAxiomRouteHandler } from '@axiomhq/nextjs';
import { Axiom } from '@axiomhq/js';

const axiom = new Axiom({ token: process.env.AXIOM_TOKEN ?? '' });

export const logger = new Logger({
  transports: [new AxiomJSTransport({ axiom, dataset: process.env.AXIOM_DATASET ?? 'snip' })],
});

// wraps a route handler: logs each request and its status once it is answered
export const withLogging = createAxiomRouteHandler(logger);
