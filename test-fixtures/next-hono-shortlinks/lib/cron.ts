import { Receiver } from '@upstash/qstash';
import { ApiError, errorResponse } from './errors';

const receiver = new Receiver({
  currentSigningKey: process.env.QSTASH_CURRENT_SIGNING_KEY ?? '',
  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY ?? '',
});

async function verifyQueueSignature(req: Request, rawBody: string) {
  const signature = req.headers.get('upstash-signature');
  if (!signature) throw new ApiError(401, 'missing signature');
  const valid = await receiver.verify({ signature, body: rawBody });
  if (!valid) throw new ApiError(401, 'invalid signature');
}

function verifySchedulerSecret(req: Request) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    throw new ApiError(401, 'unauthorized');
  }
}

type CronHandler = (input: { req: Request; rawBody: string }) => Promise<Response>;

// jobs are posted by the queue (signed) or started by the scheduler (shared secret)
export function withCron(handler: CronHandler) {
  return async (req: Request) => {
    try {
      let rawBody = '';
      if (req.method === 'POST') {
        rawBody = await req.text();
        await verifyQueueSignature(req, rawBody);
      } else {
        verifySchedulerSecret(req);
      }
      return await handler({ req, rawBody });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
