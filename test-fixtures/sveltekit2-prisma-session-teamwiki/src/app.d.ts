declare global {
  namespace App {
    interface Locals {
      user: import('$lib/server/auth').SessionUser | null;
      session: import('$lib/server/auth').Session | null;
    }
  }
}

export {};
