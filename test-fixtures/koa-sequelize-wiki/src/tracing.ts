/** Wraps a command in a tracing span named after it. */
export function traceFunction(options: { spanName: string }) {
  return <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = Date.now();
      try {
        return await fn(...args);
      } finally {
        process.emitWarning(`${options.spanName} took ${Date.now() - started}ms`, { type: "Trace" });
      }
    };
}

/** The same span, skipped in tests: the command itself is handed back there. */
export const traceCommand =
  (config: { spanName: string }) =>
  <F extends (...args: any[]) => any>(target: F): F =>
    process.env.NODE_ENV === "test"
      ? target
      : (function wrapperFn(this: unknown, ...args: Parameters<F>): ReturnType<F> {
          process.emitWarning(config.spanName, { type: "Trace" });
          return target.call(this, ...args);
        } as F);
