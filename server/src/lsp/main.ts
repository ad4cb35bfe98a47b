// Entry point of the language server (`star-coach-language-server --stdio`, or Node IPC from the VS Code client).
import { createServerConnection } from './connection';
import { startServer } from './server';

startServer(createServerConnection(process.argv.slice(2)));
