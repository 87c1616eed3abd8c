/** Raises a coded error; the GraphQL layer maps codes to messages. */
export function throwError(code: string): never {
  throw new Error(code);
}
