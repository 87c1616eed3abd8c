import { Injectable } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

@Injectable()
export class StorageService {
  private readonly root = process.env.UPLOAD_DIR ?? '/var/lib/taskboards/uploads';

  async put(key: string, data: Buffer) {
    const path = join(this.root, key.replace(/\.\./g, ''));
    await fs.mkdir(join(path, '..'), { recursive: true });
    await fs.writeFile(path, data);
    return key;
  }
}
