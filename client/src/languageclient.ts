// The LSP client library, in its own bundle (dist/languageclient.js): the extension loads it only when it starts the
// server, so activation stays light (the library is most of the client's code).
export { CloseAction, ErrorAction, LanguageClient, TransportKind } from 'vscode-languageclient/node';
