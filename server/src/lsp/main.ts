// Entry point of the language server (`star-coach-language-server --stdio`, or Node IPC from the VS Code client).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
