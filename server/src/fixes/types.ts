/** Quick fixes: computed on the server from a finding, the model and the current text. */
import type { Finding } from '../engine/findings';
import type { AppModel } from '../engine/model/types';
import type { FileFacts } from '../engine/types';

export interface TextEditRel {
  /** 1-based line/column of the replaced range, as in findings */
  start: { line: number; column: number };
  end: { line: number; column: number };
  newText: string;
}

export interface QuickFix {
  title: string;
  /** edits by workspace-relative file */
  edits: Record<string, TextEditRel[]>;
  isPreferred?: boolean;
  /** where to put the cursor after applying (the editor client honours it) */
  cursor?: { file: string; line: number; column: number };
}

export interface FixContext {
  finding: Finding;
  model: AppModel;
  /** current text (open buffer or disk) */
  textOf(rel: string): string | undefined;
  factsOf(rel: string): FileFacts | undefined;
}

export interface FixProvider {
  ruleIds: string[];
  provide(ctx: FixContext): QuickFix[];
}
