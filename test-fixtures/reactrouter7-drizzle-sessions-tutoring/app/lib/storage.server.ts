import { LocalFileStorage } from '@mjackson/file-storage/local';
import type { FileUpload } from '@mjackson/form-data-parser';

const avatars = new LocalFileStorage('./uploads/avatars');

export async function storeAvatar(userId: string, upload: FileUpload): Promise<string> {
  const key = `${userId}-${Date.now()}`;
  await avatars.set(key, upload);
  return key;
}
