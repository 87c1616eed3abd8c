'use client';

import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface AuthState {
  accessToken: string | null;
  displayName: string | null;
  setAuth: (accessToken: string, displayName: string) => void;
}

// expect: token-in-localstorage
export const useAuthStore = create<AuthState>()(persist(
  (set) => ({
    accessToken: null,
    displayName: null,
    setAuth: (accessToken, displayName) => set({ accessToken, displayName }),
  }),
  { name: 'portfolio-auth' },
));

interface UiState {
  sidebarOpen: boolean;
  toggle: () => void;
}

// ok: token-in-localstorage
export const useUiStore = create<UiState>()(persist((set) => ({ sidebarOpen: true, toggle: () => set((s) => ({ sidebarOpen: !s.sidebarOpen })) }), { name: 'portfolio-ui' }));
