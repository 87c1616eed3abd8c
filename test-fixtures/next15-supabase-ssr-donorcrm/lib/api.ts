import { NextResponse } from 'next/server';
import { HttpError } from '@/lib/auth';

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

export function withApiErrors<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (err) {
      if (err instanceof HttpError) {
        return NextResponse.json({ error: err.message }, { status: err.status });
      }
      console.error('api error', err);
      return NextResponse.json({ error: 'Internal server error' }, { status: 500 });
    }
  };
}
