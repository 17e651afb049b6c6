/** The sign-in page: a form and no script, so it needs nothing but this one answer. */
export function loginPage(next: string, error: string | undefined): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · traceprof</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;background:#f6f7f9;color:#1d2433;display:grid;place-items:center;min-height:100vh;margin:0}
form{background:#fff;border:1px solid #d9dde5;border-radius:8px;padding:28px 32px;width:340px}
h1{font-size:20px;margin:0 0 4px}p{margin:0 0 16px;color:#5a6475}label{display:block;font-weight:600;margin-bottom:6px}
input[type=password]{width:100%;box-sizing:border-box;padding:8px 10px;border:1px solid #b9c0cc;border-radius:6px;font:inherit}
button{margin-top:16px;width:100%;padding:9px;border:0;border-radius:6px;background:#2f5bd3;color:#fff;font:inherit;font-weight:600;cursor:pointer}
.error{color:#b3261e;margin:12px 0 0}
</style></head>
<body><form method="post" action="/login">
<h1>traceprof</h1><p>Sign in with the access token your operator set (TRACEPROF_WEB_TOKEN).</p>
<label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<input type="hidden" name="next" value="${escape(next)}">
<button type="submit">Sign in</button>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
</form></body></html>`;
}
