// The webviews' HTML shell: a strict Content Security Policy with a fresh nonce, local resources only.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

export function webviewRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: { script: string; title: string; body?: string }): string {
  const nonce = randomBytes(18).toString('base64');
  const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', name));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('webview.css')}">
<title>${options.title}</title>
</head>
<body>
${options.body ?? ''}
<main id="root"></main>
<script nonce="${nonce}" src="${asset(options.script)}"></script>
</body>
</html>`;
}
