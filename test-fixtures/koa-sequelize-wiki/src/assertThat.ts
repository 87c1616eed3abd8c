/** Throws the given error unless the condition holds (narrows the condition for TypeScript). */
export function assertThat(condition: unknown, error: Error): asserts condition {
  if (!condition) {
    throw error;
  }
}
