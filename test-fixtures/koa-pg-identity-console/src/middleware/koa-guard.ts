import type { Middleware } from 'koa';
import { koaBody } from 'koa-body';
import type { ZodType } from 'zod';

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

type GuardConfig = { body?: ZodType; query?: ZodType; params?: ZodType; files?: ZodType };

/**
 * Validates what a route reads. Bodies are parsed here, not app-wide, so that only routes that
 * declare `files` accept multipart uploads.
 */
export default function koaGuard({ body, query, params, files }: GuardConfig): Middleware {
  const guard: Middleware = async (ctx, next) => {
    ctx.guard = {
      body: body ? body.parse(ctx.request.body) : undefined,
      query: query ? query.parse(ctx.request.query) : undefined,
      params: params ? params.parse(ctx.params) : undefined,
      files: files ? files.parse(ctx.request.files) : undefined,
    };
    return next();
  };

  return async (ctx, next) => {
    if (body || files) {
      // ok: unrestricted-upload
      await koaBody({ multipart: Boolean(files), formidable: { maxFileSize: 2 * 1024 * 1024, filter: ({ mimetype }) => !!mimetype && IMAGE_TYPES.has(mimetype) } })(ctx, async () => guard(ctx, next));
      return;
    }
    await guard(ctx, next);
  };
}
