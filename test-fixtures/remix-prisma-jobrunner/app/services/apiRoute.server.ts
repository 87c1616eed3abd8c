import { createHash } from "node:crypto";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { prisma } from "~/db.server";

export type ApiAuthentication = { organizationId: string; keyId: string };

async function authenticateApiKey(request: Request): Promise<{ ok: true; authentication: ApiAuthentication } | { ok: false }> {
  const header = request.headers.get("Authorization");
  if (!header?.startsWith("Bearer ")) return { ok: false };
  const hashedKey = createHash("sha256").update(header.slice(7)).digest("hex");
  const key = await prisma.apiKey.findUnique({ where: { hashedKey } });
  if (!key) return { ok: false };
  return { ok: true, authentication: { organizationId: key.organizationId, keyId: key.id } };
}

type Handler<TBody> = (args: { params: Record<string, string | undefined>; body: TBody; authentication: ApiAuthentication }) => Promise<Response>;

/** An API action authenticated by the organization's API key: returns the route module's `loader` and `action`. */
export function createActionApiRoute<TSchema extends z.ZodTypeAny>(options: { body: TSchema }, handler: Handler<z.infer<TSchema>>) {
  async function loader(_args: LoaderFunctionArgs) {
    return new Response(null, { status: 405 });
  }

  async function action({ request, params }: ActionFunctionArgs) {
    const auth = await authenticateApiKey(request);
    if (!auth.ok) {
      return json({ error: "Invalid API key" }, { status: 401 });
    }
    const parsed = options.body.safeParse(await request.json());
    if (!parsed.success) {
      return json({ error: "Invalid body" }, { status: 400 });
    }
    return handler({ params, body: parsed.data, authentication: auth.authentication });
  }

  return { loader, action };
}

/** A form endpoint for the public status page: parses the body, no key asked for. */
export function createFormRoute<TSchema extends z.ZodTypeAny>(schema: TSchema, handler: (args: { params: Record<string, string | undefined>; body: z.infer<TSchema> }) => Promise<Response>) {
  async function action({ request, params }: ActionFunctionArgs) {
    const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) {
      return json({ error: "Invalid form" }, { status: 400 });
    }
    return handler({ params, body: parsed.data });
  }

  return { action };
}
