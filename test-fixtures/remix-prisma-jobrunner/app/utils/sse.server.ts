import type { LoaderFunctionArgs } from "@remix-run/node";

type SendEvent = (event: string, data: unknown) => void;

/** A loader that streams server-sent events: `handler` runs once the stream opens, then every `interval` ms. */
export function createEventStreamLoader(options: { interval: number; handler: (args: LoaderFunctionArgs & { send: SendEvent }) => Promise<void> }) {
  const { interval, handler } = options;
  return async function loader(args: LoaderFunctionArgs) {
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send: SendEvent = (event, data) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        const tick = async () => {
          try {
            await handler({ ...args, send });
          } catch {
            controller.close();
          }
        };
        await tick();
        const timer = setInterval(tick, interval);
        args.request.signal.addEventListener("abort", () => clearInterval(timer));
      },
    });
    return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
  };
}

/** One JSON snapshot per request, for clients that poll instead of streaming. */
export function createSnapshotLoader({ handler }: { handler: (args: LoaderFunctionArgs) => Promise<unknown> }) {
  return async (args: LoaderFunctionArgs) => Response.json(await handler(args), { headers: { "Cache-Control": "no-store" } });
}
