declare global {
  namespace App {
    interface Locals {
      user: { id: string; agencyId: string; role: 'owner' | 'manager' | 'staff'; name: string } | null;
    }
  }
}

export {};
