import path from 'node:path';

export const MEDIA_ROOT = process.env.MEDIA_ROOT ?? '/srv/mediahub/media';
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
export const VIDEO_TYPES = ['video/mp4', 'video/webm'];

export function workspaceDir(workspaceId: string): string {
  return path.join(MEDIA_ROOT, workspaceId);
}
