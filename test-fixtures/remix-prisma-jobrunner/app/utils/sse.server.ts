import type { LoaderFunctionArgs } from "@remix-run/node";

type SendEvent = (event: string, data: unknown) => void;

/** A loader that streams server-sent events: `handler` runs once the stream opens, then every `interval` ms. */
export function createEventStreamLoader(options: { interval: number; handler: (args: LoaderFunctionArgs & { send: SendEvent }) => Promise<void> }) {
  return async function loader(args: LoaderFunctionArgs) {
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send: SendEvent = (event, data) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        const tick = async () => {
          try {
            await options.handler({ ...args, send });
          } catch {
            controller.close();
          }
        };
        await tick();
        const timer = setInterval(tick, options.interval);
        args.request.signal.addEventListener("abort", () => clearInterval(timer));
      },
    });
    return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" } });
  };
}
