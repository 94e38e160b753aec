// Every Content-Security-Policy violation, kept for the test to read (and logged as an error).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const line = `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
  window.cspViolations.push(line);
  console.error(`CSP: ${line}`);
});
