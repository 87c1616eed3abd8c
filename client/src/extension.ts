/**
 * The VS Code client: thin by design. It starts the routeguard language server (which owns all
 * analysis), forwards the routeguard.* settings, and turns the server's command results into
 * editor UI (progress, documents). It executes nothing from the workspace.
 */
import * as path from 'path';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/nodeFlags';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, ExecuteCommandRequest } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Server command ids (see server/src/lsp/server.ts). */
const SERVER = { audit: 'routeguard.server.auditWorkspace', matrix: 'routeguard.server.generateAccessMatrix', routeDetails: 'routeguard.server.showRouteDetails' };

function serverModule(context: vscode.ExtensionContext): string {
  const bundled = context.asAbsolutePath(path.join('dist', 'server.js'));
  return fs.existsSync(bundled) ? bundled : context.asAbsolutePath(path.join('out', 'server', 'src', 'lsp', 'server.js'));
}

function settings() {
  const c = vscode.workspace.getConfiguration('routeguard');
  return { enable: c.get<boolean>('enable', true), rules: c.get<Record<string, string>>('rules', {}) };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'typescript' },
      { scheme: 'file', language: 'typescriptreact' },
      { scheme: 'file', language: 'javascript' },
      { scheme: 'file', language: 'javascriptreact' },
      { scheme: 'file', language: 'dotenv' },
      { scheme: 'file', pattern: '**/*.prisma' },
      { scheme: 'file', pattern: '**/next.config.*' },
      { scheme: 'file', pattern: '**/vercel.json' },
      { scheme: 'file', pattern: '**/wrangler.toml' },
      { scheme: 'file', pattern: '**/.dev.vars*' },
      // components whose script blocks are read (Vue, Svelte) and Astro pages (frontmatter and scripts)
      { scheme: 'file', pattern: '**/*.{vue,svelte,astro}' },
    ],
    synchronize: { configurationSection: 'routeguard' },
    initializationOptions: settings(),
    outputChannelName: 'routeguard',
  };
  client = new LanguageClient('routeguard', 'routeguard', serverOptions, clientOptions);

  const run = (command: string, args: unknown[]) => client!.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });

  context.subscriptions.push(
    vscode.commands.registerCommand('routeguard.auditWorkspace', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return void vscode.window.showWarningMessage('routeguard: open a folder to audit.');
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'routeguard: auditing the workspace', cancellable: true },
        async (_progress, token) => {
          const pending = run(SERVER.audit, [folder.uri.toString()]);
          return Promise.race([pending, new Promise<undefined>((res) => token.onCancellationRequested(() => res(undefined)))]);
        },
      );
      if (!result) return;
      if (result.error) return void vscode.window.showWarningMessage(`routeguard: ${result.error}`);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.report });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      void vscode.commands.executeCommand('markdown.showPreview', doc.uri);
      void vscode.window.showInformationMessage(`routeguard: ${result.findings} findings (${result.errors} errors, ${result.warnings} warnings) on ${result.routes} routes. See the Problems panel.`);
    }),
    vscode.commands.registerCommand('routeguard.generateAccessMatrix', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return void vscode.window.showWarningMessage('routeguard: open a folder first.');
      const result = await run(SERVER.matrix, [folder.uri.toString()]);
      if (result?.uri) await vscode.window.showTextDocument(vscode.Uri.parse(result.uri), { preview: false });
    }),
    vscode.commands.registerCommand('routeguard.showRouteDetails', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const result = await run(SERVER.routeDetails, [editor.document.uri.toString(), { line: editor.selection.active.line, character: editor.selection.active.character }]);
      if (!result?.markdown) return void vscode.window.showInformationMessage('routeguard: no route here. Put the cursor on a route declaration or inside its handler.');
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
    }),
    // quick fixes that insert a comment put the cursor where the reason goes
    vscode.commands.registerCommand('routeguard.placeCursor', (uri: string, line: number, character: number) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
      if (!editor) return;
      const pos = new vscode.Position(line, character);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos));
    }),
  );

  await client.start();
  if (vscode.workspace.getConfiguration('routeguard').get<boolean>('auditOnOpen', false)) void vscode.commands.executeCommand('routeguard.auditWorkspace');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
