/** Errors the API error handler turns into responses with their status and code. */
export class WikiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor({ code, status }: { code: string; status: number }) {
    super(code);
    this.code = code;
    this.status = status;
  }
}
