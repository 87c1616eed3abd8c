import type { AxiosInstance } from 'axios';

/** Every resource client shares the one configured HTTP client. */
export class WithHttp {
  constructor(protected readonly http: AxiosInstance) {}
}
