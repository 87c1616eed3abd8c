import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";

function constantTimeEquals(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function isValidCronSecret(request: NextRequest): boolean {
  if (!process.env.CRON_SECRET) return false;
  return constantTimeEquals(request.headers.get("authorization"), `Bearer ${process.env.CRON_SECRET}`);
}

export function hasCronSecret(request: NextRequest): boolean {
  const valid = isValidCronSecret(request);
  if (!valid) console.warn("cron request without the scheduler's secret");
  return valid;
}

export function isValidInternalKey(headers: Headers): boolean {
  if (!process.env.INTERNAL_API_KEY) return false;
  const isValid = constantTimeEquals(headers.get("x-internal-key"), process.env.INTERNAL_API_KEY);
  if (!isValid) console.warn("internal call with a wrong key", { origin: headers.get("origin") });
  return isValid;
}

// for the job queue calling back into the app
export function withInternalKey(handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest) => {
    if (!isValidInternalKey(req.headers)) {
      return new Response("Unauthorized", { status: 401 });
    }
    return handler(req);
  };
}

// the queue posts the secret in the body
export async function hasPostedCronSecret(request: NextRequest): Promise<boolean> {
  if (!process.env.CRON_SECRET) return false;
  const body = await request.clone().json();
  const valid = constantTimeEquals(body.cronSecret, process.env.CRON_SECRET);
  return valid;
}
