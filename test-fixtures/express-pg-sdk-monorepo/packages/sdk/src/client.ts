import axios from 'axios';
import { Plots } from './plots';
import { Exports } from './exports';

export interface ClientOptions {
  apiKey: string;
  baseUrl?: string;
}

export class PlotlineClient {
  readonly plots: Plots;
  readonly exports: Exports;

  constructor(options: ClientOptions) {
    const http = axios.create({
      baseURL: options.baseUrl ?? 'http://localhost:4000',
      headers: { Authorization: `Bearer ${options.apiKey}` },
    });
    this.plots = new Plots(http);
    this.exports = new Exports(http);
  }
}
