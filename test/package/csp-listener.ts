// Loaded first by the strict-CSP test page (an external script, as the policy
// allows): records every policy violation for the test to read.
const w = window as unknown as { cspViolations: string[] };
w.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
