// Starts `corpuslint lsp` for plain-text and JSON Lines files in the workspace; diagnostics, quick fixes
// (Ctrl+.) and hovers come from the server. Changing the corpuslint settings starts the server again.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function createClient() {
  const settings = vscode.workspace.getConfiguration('corpuslint');
  const server = {
    command: settings.get('path', 'corpuslint'),
    args: ['lsp', ...settings.get('args', [])],
    transport: TransportKind.stdio,
  };
  return new LanguageClient(
    'corpuslint',
    'corpuslint',
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: 'file', language: 'plaintext' },
        { scheme: 'file', language: 'jsonl' },
        { scheme: 'untitled', language: 'plaintext' },
      ],
      synchronize: {
        // The server watches its rule files itself; this also tells it of changes its watchers cannot see.
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.yaml,*.yml,.corpuslint-baseline.json}'),
      },
    },
  );
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('corpuslint')) {
        await client.stop();
        client = createClient();
        await client.start();
      }
    }),
  );
  await client.start();
}

async function deactivate() {
  if (client) {
    await client.stop();
  }
}

module.exports = { activate, deactivate };
