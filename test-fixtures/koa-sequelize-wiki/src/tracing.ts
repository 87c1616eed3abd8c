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
