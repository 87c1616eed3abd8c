import { Injectable } from '@nestjs/common';

@Injectable()
export class StorageService {
  async put(key: string, body: Buffer, contentType: string): Promise<string> {
    await fetch(`${process.env.STORAGE_URL}/${encodeURIComponent(key)}`, {
      method: 'PUT',
      headers: { 'content-type': contentType, authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
      body,
    });
    return key;
  }

  async signedUrl(key: string): Promise<string> {
    const res = await fetch(`${process.env.STORAGE_URL}/sign?key=${encodeURIComponent(key)}`, {
      headers: { authorization: `Bearer ${process.env.STORAGE_TOKEN}` },
    });
    const { url } = (await res.json()) as { url: string };
    return url;
  }
}
