import { escapeHtml } from './escape-html.ts';

/**
 * A complete HTML document around a body: UTF-8 charset first (so Chinese
 * text never depends on a server header), the shared stylesheet by relative
 * path, nothing loaded from the network.
 * @param title document title (escaped here)
 * @param body body HTML (already escaped by the caller)
 * @returns the HTML document
 * @example renderPageShell('index', '<p>hi</p>').startsWith('<!doctype html>') // true
 */
export function renderPageShell(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
${body}
</body>
</html>
`;
}
