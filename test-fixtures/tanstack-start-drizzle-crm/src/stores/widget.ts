// State of the embeddable CRM widget (runs on customers' sites, outside the app's cookie).
import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';

interface WidgetState {
  widgetToken: string | null;
  contactDraft: { name: string; email: string } | null;
  setWidgetToken: (token: string) => void;
}

export const useWidgetStore = create<WidgetState>()(
  // expect: token-in-localstorage
  persist(
    (set) => ({
      widgetToken: null,
      contactDraft: null,
      setWidgetToken: (widgetToken) => set({ widgetToken }),
    }),
    { name: 'orbit-widget' },
  ),
);

interface ComposerState {
  sessionToken: string | null;
  draft: string;
  setDraft: (draft: string) => void;
}

// only the draft is persisted: the token stays in memory
export const useComposerStore = create<ComposerState>()(
  // ok: token-in-localstorage
  persist(
    (set) => ({ sessionToken: null, draft: '', setDraft: (draft) => set({ draft }) }),
    { name: 'orbit-composer', partialize: (state) => ({ draft: state.draft }) },
  ),
);

interface TableState {
  density: 'compact' | 'comfortable';
  hiddenColumns: string[];
}

export const useTableStore = create<TableState>()(
  // ok: token-in-localstorage
  persist(() => ({ density: 'comfortable', hiddenColumns: [] }), {
    name: 'orbit-table',
    storage: createJSONStorage(() => sessionStorage),
  }),
);
