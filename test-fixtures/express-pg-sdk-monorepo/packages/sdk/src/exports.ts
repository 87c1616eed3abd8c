import { WithHttp } from './withHttp';

export class Exports extends WithHttp {
  async download(id: string) {
    // ok: missing-auth
    return this.http.get(`/exports/${id}`, { responseType: 'arraybuffer' });
  }

  async retry(id: string) {
    // ok: missing-auth
    return this.http.post(`/exports/${id}/retry`, {});
  }
}
