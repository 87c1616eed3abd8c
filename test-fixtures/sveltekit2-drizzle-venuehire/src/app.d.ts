declare global {
  namespace App {
    interface Locals {
      user: { id: string; teamId: string; role: 'owner' | 'coordinator' | 'viewer'; email: string; name: string } | null;
    }
  }
}
export {};
