// Starts `netral lsp` for .netral files and the YAML files of rule packs.
// The server does the work (diagnostics, hover, definition, completion);
// this file only says how to start it. Build: `npm install` here, then
// `npx @vscode/vsce package` (see docs/authoring.md).
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("netral").get("path") || "netral";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "netral",
    "netral",
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: "file", language: "netral" },
        // A pack's YAML rule files; the server ignores files outside packs.
        { scheme: "file", language: "yaml", pattern: "**/{rules,law,examples}/**/*.yaml" },
      ],
    }
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
