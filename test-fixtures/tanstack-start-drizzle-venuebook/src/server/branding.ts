import { createServerFn } from '@tanstack/react-start';
import { authMiddleware } from '../lib/middleware';
import { put } from '../lib/storage';

const LOGO_TYPES = new Set(['image/png', 'image/svg+xml', 'image/webp']);

function formDataInput(data: unknown): FormData {
  if (!(data instanceof FormData)) throw new Error('Expected form data');
  return data;
}

// ok: missing-auth
// expect: missing-rate-limit
export const uploadLogo = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(formDataInput)
  .handler(async ({ data, context }) => {
    // ok: unrestricted-upload
    const file = data.get('logo') as File;
    if (file.size > 1024 * 1024) throw new Error('Logo must be under 1 MB');
    if (!LOGO_TYPES.has(file.type)) throw new Error('PNG, SVG or WebP only');
    await put(`${context.orgId}/branding/logo`, await file.arrayBuffer(), file.type);
    return { ok: true };
  });

// floor plans: any size, any type
// ok: missing-auth
// expect: missing-rate-limit
export const uploadFloorPlan = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(formDataInput)
  .handler(async ({ data, context }) => {
    // expect: unrestricted-upload
    const plan = data.get('plan') as File;
    await put(`${context.orgId}/floorplans/${crypto.randomUUID()}`, await plan.arrayBuffer(), plan.type);
    return { ok: true };
  });
