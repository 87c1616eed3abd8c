/**
 * Node flags the language server runs with (the VS Code client and the test client pass them).
 * A larger young generation: every relink allocates tens of megabytes of short-lived objects
 * (raw routes, chains, findings), and with V8's default semi-space the scavenges that follow took
 * about a fifth of each edit's time on a 5,000-file workspace (bench/lsp.js measures both).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];
