import { WithHttp } from './withHttp';

export interface PlotInput {
  name: string;
  areaM2: number;
}

/** The API's plots, as the SDK's users call them (requests, not routes). */
export class Plots extends WithHttp {
  async list() {
    // ok: missing-auth
    const { data } = await this.http.get('/api/plots');
    return data;
  }

  async create(input: PlotInput) {
    // ok: missing-auth
    const { data } = await this.http.post('/api/plots', input);
    return data;
  }

  async remove(id: string) {
    // ok: missing-auth
    await this.http.delete(`/api/plots/${id}`, {});
  }
}
